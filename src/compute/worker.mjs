// The entry of every compute worker thread. A worker starts as plain Node
// whatever its parent runs under (tsx for `npm start` and the `sejajar`
// command, vitest in tests), so it registers tsx's loader itself before it
// loads the TypeScript tasks.
import { register } from 'tsx/esm/api';

register();
const { answerTask } = await import('./envelope.ts');

export default answerTask;
