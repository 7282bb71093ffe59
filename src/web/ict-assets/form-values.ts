import type { IctAsset, IctAssetValues } from './api';

/** The form's starting values: a new asset, or an existing one's fields. */
export function initialValues(asset?: IctAsset): IctAssetValues {
  return {
    agencyId: asset?.agencyId ?? '',
    category: asset?.category ?? 'laptop',
    brand: asset?.brand ?? '',
    model: asset?.model ?? '',
    serialNumber: asset?.serialNumber ?? null,
    itemCode: asset?.itemCode ?? null,
    registerNumber: asset?.registerNumber ?? null,
    acquiredOn: asset?.acquiredOn ?? '',
    acquisitionValue: asset?.acquisitionValue ?? 0,
    fundingSource: asset?.fundingSource ?? null,
    location: asset?.location ?? null,
    responsiblePerson: asset?.responsiblePerson ?? null,
    condition: asset?.condition ?? 'good',
    performanceNote: asset?.performanceNote ?? null,
    receivedFrom: asset?.receivedFrom ?? null,
  };
}

const optionalText = ['serialNumber', 'itemCode', 'registerNumber', 'location', 'responsiblePerson', 'performanceNote'] as const;

/** Empty optional inputs are sent as null, as the API expects. */
export function toPayload(values: IctAssetValues): IctAssetValues {
  const out: IctAssetValues = { ...values };
  for (const key of optionalText) {
    const v = out[key];
    if (typeof v === 'string' && v.trim() === '') out[key] = null;
  }
  return out;
}
