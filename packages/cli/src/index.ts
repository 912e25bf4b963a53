export { execute, help } from './main.js';
export { EXIT, type Io } from './io.js';
