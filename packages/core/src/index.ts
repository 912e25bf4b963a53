/**
 * @plan-extract/core — read Vietnamese plan documents ("Kế hoạch") into typed,
 * source-grounded data. Stages: read → normalize → segment → extract → diff / validate.
 */
export * from './model.js';
export * from './errors.js';
export * from './schema.js';
export { readDocument, sniffFormat, pathForDisplay, readFileBounded, DEFAULT_LIMITS, type ReadInput, type ReadOptions, type ReadProgress, type Limits, type FilePath, type OcrMode } from './read/index.js';
export { normalizeText, compareKey } from './normalize/index.js';
export { fixMojibake, detectLegacyEncoding, type LegacyEncoding } from './normalize/legacy.js';
export { parseMarker, classifyParagraph, type Marker, type MarkerKind } from './segment/markers.js';
export { createValidator, RULES, looksLikePlan, NATIONAL_THEMES, ValidateConfig, ConfigError, parseConfig, renamedRuleIds, loadSpeller, buildReport, summarize, statusOf, unreadableReport, checkFile, type CheckFileOptions, type Validator, type ValidatorOptions, type ValidateInput, type Rule, type RuleHit, type RuleContext, type Field, type Finding, type FileReport, type FileStatus, type Summary, type ValidationReport, type ValidateConfigInput } from './validate/index.js';
export { RULE_IDS, RENAMED_RULE_IDS, isRuleId, type RuleId } from './rule-ids.js';
export { createLocator, locateMessages, sectionPath, type Locator } from './locate.js';
export { LANGS, DEFAULT_LANG, parseLang, msg, t, render, terms, localize, createMessage, describeError, suggest, isMessageId, displayDay, decimal, count, type Lang, type MessageId, type MessageRef, type Param, type Params, type Terms, type TermField, type DiffStatus, type Catalogue } from './messages/index.js';
export { segment, walkSections, sectionBlocks, findSection, type Section } from './segment/sections.js';
export { findAnatomy, zoneText } from './segment/anatomy/index.js';
export { printedLines, type Line } from './segment/lines.js';
export { findCitations, citationKey, type Citation } from './citations/index.js';
export { extract, extractFile, createContext, spanIn, groundIn, type ExtractOptions, type ExtractContext, type Extractor } from './extract/index.js';
export { recognizeAgency, findAgencies, splitAgencyList, planLevel } from './extract/agencies.js';
export { findTimings, parsePlaceDate, parseDate, type DateContext, type TimingMatch } from './extract/dates/index.js';
export { diffPlans, countFindings, type DiffOptions } from './diff/index.js';
export { displayDate } from './diff/format.js';
export * from './diff/schema.js';
