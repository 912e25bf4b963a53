import type { Rule } from '../rule.js';
import { AGAINST_RULES } from './against.js';
import { recipientsMissing, signerMissing } from './closing.js';
import { deadlineAfterCampaign, deadlineFarFromYear, deadlineImpossibleDate, reportBeforePeriodEnd } from './deadlines.js';
import { notAPlan } from './document.js';
import { ocrLowConfidence, readByOcr } from './ocr.js';
import { numberBlank, numberMissing, numberShape, numberTypeCode } from './document-number.js';
import { issuedOnMissing, issuerMissing, titleMissing, yearInconsistent, yearMissing } from './identity.js';
import { implementsDatedAfter, implementsMissing } from './implements.js';
import { periodEndBeforeStart, periodImpossibleDate, periodMissing, periodNotActionMonth, periodWrongYear } from './period.js';
import { referenceMalformed } from './references.js';
import { responsibilitiesMissing, responsibilitiesNoLead } from './responsibilities.js';
import { slogansMissing } from './slogans.js';
import { confusable, unknownWord } from './spelling.js';
import { themeMissing, themeNotNational } from './theme.js';

/** Every rule, in the order findings are reported when they share a place. */
export const RULES: readonly Rule[] = [
  notAPlan,
  readByOcr, ocrLowConfidence,
  numberShape, numberTypeCode, numberMissing, numberBlank,
  issuerMissing, issuedOnMissing, titleMissing, yearMissing, yearInconsistent,
  implementsMissing, implementsDatedAfter,
  themeMissing, themeNotNational,
  periodMissing, periodImpossibleDate, periodEndBeforeStart, periodWrongYear, periodNotActionMonth,
  slogansMissing,
  deadlineImpossibleDate, reportBeforePeriodEnd, deadlineFarFromYear, deadlineAfterCampaign,
  responsibilitiesMissing, responsibilitiesNoLead,
  signerMissing, recipientsMissing,
  referenceMalformed,
  unknownWord, confusable,
  ...AGAINST_RULES,
];
