/**
 * @plan-extract/core — read Vietnamese plan documents ("Kế hoạch") into typed,
 * source-grounded data. Stages: read → normalize → segment → extract → diff / validate.
 */
export * from './model.js';
export * from './errors.js';
export * from './schema.js';
export { readDocument, sniffFormat, DEFAULT_LIMITS, type ReadInput, type ReadOptions, type ReadProgress, type Limits, type OcrMode } from './read/index.js';
export { normalizeText, compareKey } from './normalize/index.js';
export { fixMojibake, detectLegacyEncoding, type LegacyEncoding } from './normalize/legacy.js';
export { parseMarker, classifyParagraph, type Marker, type MarkerKind } from './segment/markers.js';
export { createValidator, RULES, NATIONAL_THEMES, ValidateConfig, parseConfig, loadSpeller, buildReport, summarize, statusOf, unreadableReport, checkFile, withLines, type CheckFileOptions, type Validator, type ValidateInput, type Rule, type RuleHit, type RuleContext, type Field, type Finding, type FileReport, type FileStatus, type Summary, type ValidationReport, type ValidateConfigInput } from './validate/index.js';
export { segment, walkSections, sectionBlocks, findSection, type Section } from './segment/sections.js';
export { extract, extractFile, createContext, spanIn, groundIn, type ExtractOptions, type ExtractContext, type Extractor } from './extract/index.js';
export { recognizeAgency, findAgencies, splitAgencyList, planLevel } from './extract/agencies.js';
export { findTimings, parsePlaceDate, parseDate, type DateContext, type TimingMatch } from './extract/dates/index.js';
export { diffPlans, countFindings, type DiffOptions } from './diff/index.js';
export { displayDate } from './diff/format.js';
export * from './diff/schema.js';
