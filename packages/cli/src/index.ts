export { main, HELP, COMMANDS, VERSION } from './cli.js';
export type { Io } from './io.js';
export type { Command } from './command.js';
