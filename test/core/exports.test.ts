import { expect, it } from 'vitest';
import * as core from '@plan-extract/core';

// The public API of @plan-extract/core. A change here is a change for every user: make it on purpose.
it('pins the public exports', () => {
  expect(Object.keys(core).sort()).toEqual([
    'Activity', 'Agency', 'Budget', 'DEFAULT_LIMITS', 'DIFF_SCHEMA_VERSION', 'Deadline', 'DeadlineAction', 'DeadlineConflict',
    'DeadlineDiff', 'Diagnostic', 'DiffFinding', 'DiffSeverity', 'FieldDiff', 'FieldStatus', 'FunctionKey', 'Grounded',
    'ImplementsDiff', 'ImplementsStatus', 'IsoDate', 'Issuer', 'Level', 'NATIONAL_THEMES', 'OcrPage', 'PartialDate', 'Period', 'PlanDiff',
    'PlanError', 'PlanExtraction', 'PlanKind', 'PlanSide', 'RULES', 'RedlinePart', 'Reference', 'ReferenceKind', 'Responsibility',
    'ResponsibilityDiff', 'Role', 'SCHEMA_VERSION', 'Signer', 'SloganDiff', 'Source', 'Span', 'Target', 'Timing', 'TimingKind',
    'UpstreamRef', 'ValidateConfig', 'buildReport', 'checkFile', 'classifyParagraph', 'compareKey', 'countFindings',
    'createContext', 'createValidator', 'detectLegacyEncoding', 'diffPlans', 'displayDate', 'extract', 'extractFile', 'findAgencies', 'findSection',
    'findTimings', 'fixMojibake', 'groundIn', 'isPlanError', 'loadSpeller', 'normalizeText', 'pageAt', 'parseConfig', 'parseDate',
    'parseMarker', 'parsePlaceDate', 'planLevel', 'readDocument', 'recognizeAgency', 'sectionBlocks', 'segment', 'sniffFormat',
    'spanIn', 'spanOf', 'splitAgencyList', 'statusOf', 'summarize', 'textBlocks', 'unreadableReport', 'walkSections', 'withLines',
  ]);
});
