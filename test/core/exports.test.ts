import { expect, it } from 'vitest';
import * as core from '@plan-extract/core';

// The public API of @plan-extract/core. A change here is a change for every user: make it on purpose.
it('pins the public exports', () => {
  expect(Object.keys(core).sort()).toEqual([
    'Activity', 'Agency', 'Anatomy', 'Budget', 'ChainRole', 'CitationRole', 'ClosingZones', 'ConfigError', 'DEFAULT_LANG', 'DEFAULT_LIMITS',
    'DIFF_SCHEMA_VERSION', 'Deadline', 'DeadlineAction', 'DeadlineConflict', 'DeadlineDiff', 'DeadlinePair', 'Diagnostic', 'DiffFinding',
    'DiffSeverity', 'ERROR_CODES', 'FieldDiff', 'FieldStatus', 'FunctionKey', 'Grounded', 'HeaderZones', 'ImplementsDiff',
    'ImplementsStatus', 'IsoDate', 'Issuer', 'LANGS', 'Level', 'NATIONAL_THEMES', 'OcrPage', 'PartialDate', 'Period', 'PlanDiff', 'PlanError',
    'PlanExtraction', 'PlanKind', 'PlanSide', 'RENAMED_RULE_IDS', 'RULES', 'RULE_IDS', 'RedlinePart', 'Reference', 'ReferenceKind',
    'Responsibility', 'ResponsibilityDiff', 'Role', 'SCHEMA_VERSION', 'Signer', 'SloganDiff', 'Source', 'Span', 'Target', 'Timing',
    'TimingKind', 'UpstreamRef', 'ValidateConfig', 'YearSpan', 'Zone', 'buildReport', 'checkFile', 'citationKey', 'classifyParagraph',
    'compareKey', 'count', 'countFindings', 'createContext', 'createLocator', 'createMessage', 'createValidator', 'decimal',
    'describeError', 'detectLegacyEncoding', 'diffPlans', 'displayDate', 'displayDay', 'extract', 'extractFile', 'findAgencies',
    'findAnatomy', 'findCitations', 'findSection', 'findTimings', 'fixMojibake', 'groundIn', 'isMessageId', 'isPlanError', 'isRuleId',
    'loadSpeller', 'localize', 'locateMessages', 'looksLikePlan', 'msg', 'normalizeText', 'pageAt', 'parseConfig', 'parseDate', 'parseLang',
    'parseMarker', 'parsePlaceDate', 'pathForDisplay', 'planLevel', 'printedLines', 'readDocument', 'readFileBounded', 'recognizeAgency', 'renamedRuleIds', 'render',
    'sectionBlocks', 'sectionPath', 'segment', 'sniffFormat', 'spanIn', 'spanOf', 'splitAgencyList', 'statusOf', 'suggest', 'summarize',
    't', 'terms', 'textBlocks', 'unreadableReport', 'walkSections', 'zoneText',
  ]);
});
