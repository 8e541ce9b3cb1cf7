import { isDomainError } from '../core/errors';
import { plainDomainError, rebuildDomainError, type PlainDomainError } from './errors';
import { runPacked, type TaskInput, type TaskName } from './tasks';

/** What the main thread sends a worker: which task, and its input. */
export interface TaskMessage<N extends TaskName = TaskName> {
  name: N;
  input: TaskInput<N>;
}

/**
 * A task's answer: its value (packed, see tasks.ts), or the refusal it threw.
 * Anything else it throws travels as a plain Error (a fault: 500).
 */
export type TaskAnswer = { ok: true; value: unknown } | { ok: false; error: PlainDomainError };

/** Runs a task in the worker (awaiting one that reads asynchronously), catching refusals so they can cross the thread boundary. */
export async function answerTask<N extends TaskName>(message: TaskMessage<N>): Promise<TaskAnswer> {
  try {
    return { ok: true, value: await runPacked(message.name, message.input) };
  } catch (err) {
    if (isDomainError(err)) return { ok: false, error: plainDomainError(err) };
    throw err;
  }
}

/** Back on the main thread: the packed value, or the refusal thrown again as the class it was. */
export function unwrapAnswer(answer: TaskAnswer): unknown {
  if (answer.ok) return answer.value;
  throw rebuildDomainError(answer.error);
}
