import { checkEachApplication, describeApplication, type ApplicationCheck } from './each-application';
import { isInService, outsideBuiltAtPemdaCost } from './scope';

/**
 * Dumai 18/2019 Ps 13(5), Jambi 10/2017 Ps 17(2), Palu 14/2022 Ps 15(3), 31(2): an
 * application handed over carries every document the regulations in force require
 * (`params.requiredHandoverDocuments`, the union resolved by the profile). `documents`
 * narrows the check to the documents one article names.
 */
export function checkHandoverDocuments(options: { documents?: readonly string[] } = {}): ApplicationCheck {
  return (model) => {
    const required = options.documents ?? model.params.requiredHandoverDocuments;
    return checkEachApplication({
      applies: isInService,
      // the developer hands code and documents over to the Pemda that paid for the build
      outOfScope: outsideBuiltAtPemdaCost,
      inspect: (app) => {
        const present = new Set(app.handoverDocuments.filter((d) => d.present).map((d) => d.code));
        const absent = required.filter((code) => !present.has(code));
        if (absent.length === 0) return undefined;
        return { missing: describeApplication(app, 'compliance.handoverMissing', { documents: absent.join(', '), count: absent.length }) };
      },
      remedyKey: 'compliance.remedy.completeHandover',
    })(model);
  };
}
