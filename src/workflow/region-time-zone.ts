/**
 * The time zone of a region, from the province part of its Kemendagri region code
 * ('72.71' → 72, Sulawesi Tengah). Keppres 41/1987 divides Indonesia into three zones:
 * WIB (Sumatra, Java, Madura, Kalimantan Barat and Tengah), WITA (Kalimantan Timur and
 * Selatan, Sulawesi, Bali, Nusa Tenggara) and WIT (Maluku, Papua). Provinces formed later
 * keep the zone of the province they came from (Kalimantan Utara from Kalimantan Timur,
 * Sulawesi Barat from Sulawesi Selatan, Maluku Utara from Maluku, the new Papua provinces).
 */
import { defaultTimeZone } from './working-days';

const witaProvinces = new Set([51, 52, 53, 63, 64, 65, 71, 72, 73, 74, 75, 76]);
const witProvinces = new Set([81, 82, 91, 92, 93, 94, 95, 96]);

export function timeZoneOfRegion(regionCode: string): string {
  const province = Number.parseInt(regionCode.split('.')[0] ?? '', 10);
  if (witaProvinces.has(province)) return 'Asia/Makassar';
  if (witProvinces.has(province)) return 'Asia/Jayapura';
  return defaultTimeZone;
}
