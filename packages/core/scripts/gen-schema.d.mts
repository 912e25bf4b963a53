import type { z } from 'zod';
/** Where the JSON Schema of the contract is written. */
export const SCHEMA_FILE: string;
/** The JSON Schema document for a `PlanExtraction` zod schema, as the text written to disk. */
export function buildPlanSchema(PlanExtraction: z.ZodType): string;
