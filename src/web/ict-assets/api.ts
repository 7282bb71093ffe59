import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IctAssetInput, IctAssetListItem, IctAssetView, ReplacementForecastView, UsefulLifeView } from '../../shared/ict-assets';
import { api } from '../api/client';

export type IctAsset = z.infer<typeof IctAssetView>;
export type IctAssetRow = z.infer<typeof IctAssetListItem>;
export type IctAssetValues = z.input<typeof IctAssetInput>;
export type Forecast = z.infer<typeof ReplacementForecastView>;
export type UsefulLives = z.infer<typeof UsefulLifeView>;

export function useIctAsset(id: string | undefined) {
  return useQuery({ queryKey: ['/ict-assets', id], queryFn: () => api.get<IctAsset>(`/ict-assets/${id}`), enabled: Boolean(id) });
}

export function useReplacementForecast(agencyId: string | null) {
  return useQuery({
    queryKey: ['/ict-assets', 'forecast', agencyId],
    queryFn: () => api.get<Forecast>('/ict-assets/replacement-forecast', agencyId ? { agencyId } : {}),
  });
}

export function useUsefulLives() {
  return useQuery({ queryKey: ['/ict-assets', 'useful-life'], queryFn: () => api.get<UsefulLives>('/ict-assets/useful-life') });
}

/** An asset's name as the pages show it: brand and model. */
export const assetName = (a: { brand: string; model: string }) => `${a.brand} ${a.model}`;

/** Whole months as "3 th 2 bl". */
export function formatAge(t: (key: string, params?: Record<string, unknown>) => string, months: number) {
  return t('ictAssets.age.value', { years: Math.floor(months / 12), months: months % 12 });
}

const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
export const formatRupiah = (value: number) => rupiah.format(value);
