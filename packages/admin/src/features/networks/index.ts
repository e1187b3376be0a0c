/** Partner networks' public surface: the network picker. Other features import only this file. */
export { NetworkSelect } from './NetworkSelect';
export { networksSection } from './section';
