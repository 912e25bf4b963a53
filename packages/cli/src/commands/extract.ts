import { UsageError, type Io } from '../io.js';

export async function extractCommand(_args: string[], _io: Io): Promise<number> {
  throw new UsageError('extract is not built yet');
}
