import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorScreen } from '../shared/components/ErrorScreen';

interface State {
  error: unknown;
}

/** Last line of defence outside the router (whose routes have their own error element). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled error in the admin', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
  }
}
