import { addDays, addMonths, dueSoonWindowDays, toDay } from './dates';
import { checkEachApplication, describeApplication, type ApplicationCheck } from './each-application';
import { isInService } from './scope';

/**
 * Dumai 18/2019 Ps 14(4): each agency monitors and evaluates its application services at
 * least once every `months` (12 there). Never evaluated or past due is not met; a due
 * date within the warning window is due soon. Only applications in service are concerned.
 */
export function checkServiceEvaluation(options: { months: number }): ApplicationCheck {
  return checkEachApplication({
    applies: isInService,
    inspect: (app, model) => {
      if (!app.lastServiceEvaluationAt) {
        return { missing: describeApplication(app, 'compliance.serviceEvaluationMissing') };
      }
      const dueDate = addMonths(app.lastServiceEvaluationAt, options.months);
      const today = toDay(model.asOf);
      if (dueDate < today) {
        return { missing: describeApplication(app, 'compliance.serviceEvaluationOverdue', { dueDate }) };
      }
      if (dueDate <= addDays(today, dueSoonWindowDays)) {
        return { dueSoon: { dueDate, finding: describeApplication(app, 'compliance.serviceEvaluationDueSoon') } };
      }
      return undefined;
    },
    remedyKey: 'compliance.remedy.evaluateService',
  });
}

/**
 * Dumai 18/2019 Ps 17(1): every application uses an electronic certificate. A certificate
 * without a recorded expiry cannot be shown to be valid, so it counts as a gap too.
 */
export function checkCertificateValid(): ApplicationCheck {
  return checkEachApplication({
    applies: isInService,
    inspect: (app, model) => {
      if (!app.hasCertificate) return { missing: describeApplication(app, 'compliance.certificateMissing') };
      if (!app.certificateExpiresAt) return { missing: describeApplication(app, 'compliance.certificateExpiryUnknown') };
      const expiry = toDay(app.certificateExpiresAt);
      const today = toDay(model.asOf);
      if (expiry < today) {
        return { missing: describeApplication(app, 'compliance.certificateExpired', { expiresAt: expiry }) };
      }
      if (expiry <= addDays(today, dueSoonWindowDays)) {
        return { dueSoon: { dueDate: expiry, finding: describeApplication(app, 'compliance.certificateExpiresSoon') } };
      }
      return undefined;
    },
    remedyKey: 'compliance.remedy.renewCertificate',
  });
}
