/*
 * The local sign-in's public module: what other features may use (the demo directory, which local
 * mode offers when adding people).
 */
export { useDevUsers } from './hooks';
