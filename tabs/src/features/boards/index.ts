/* The boards feature's public module: what other features may use. */
export { useBoardList } from './queries';
