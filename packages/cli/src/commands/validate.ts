import { UsageError, type Io } from '../io.js';

export async function validateCommand(_args: string[], _io: Io): Promise<number> {
  throw new UsageError('validate is not built yet');
}
