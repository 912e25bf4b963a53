export { execute, HELP } from './main.js';
export { EXIT, type Io } from './io.js';
