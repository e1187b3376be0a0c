import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/**
 * Calls `listener` after the commit of a transaction that `mark`ed itself: the worker then sends
 * a new outbox row at once instead of at its next poll. Only this server hears it; the others
 * poll. A transaction rolled back is forgotten with its query runner.
 */
export class CommitSignal {
  private readonly marked = new WeakSet<QueryRunner>();
  private listener: (() => void) | null = null;

  constructor(ds: DataSource) {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        // A savepoint's release is not the commit: the outer transaction may still roll back.
        if (!this.marked.has(queryRunner) || queryRunner.isTransactionActive) return;
        this.marked.delete(queryRunner);
        this.listener?.();
      },
    };
    ds.subscribers.push(subscriber);
  }

  mark(manager: EntityManager): void {
    if (manager.queryRunner) this.marked.add(manager.queryRunner);
  }

  listen(listener: (() => void) | null): void {
    this.listener = listener;
  }
}
