export { main, HELP, type Io } from './cli.js';
