export { BUILT_IN_LESSONS } from './catalogue/index.js';
export { seedLessonsDemo } from './demo.js';
