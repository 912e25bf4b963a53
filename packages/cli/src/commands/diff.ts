import { UsageError, type Io } from '../io.js';

export async function diffCommand(_args: string[], _io: Io): Promise<number> {
  throw new UsageError('diff is not built yet');
}
