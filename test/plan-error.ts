import { isPlanError, type PlanError } from '@plan-extract/core';

/** The PlanError a piece of work rejects with; fails the test when it succeeds or throws anything else. */
export async function failure(work: Promise<unknown>): Promise<PlanError> {
  try {
    await work;
  } catch (error) {
    if (isPlanError(error)) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}
