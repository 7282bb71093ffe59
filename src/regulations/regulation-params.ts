import type { Citation, ProfileParams, RegulationId } from './types';

/**
 * Parameters each regulation sets beyond SDLC stages and handover documents (which have
 * their own tables), e.g. its ICT audit cadence. resolveParams takes the stricter value
 * over the regulations in force. Dumai 18/2019 and Jambi 10/2017 set no audit cadence.
 */
export const regulationParams: Partial<Record<RegulationId, Partial<ProfileParams>>> = {
  'palu-14-2022': {
    // Palu 14/2022 Ps 47(1) infrastructure, Ps 48(3) Aplikasi Khusus, Ps 49(2) security of the
    // infrastructure and of Aplikasi Khusus: each "paling sedikit 1 (satu) kali dalam 2 (dua) tahun"
    auditCadenceMonths: { infrastructure: 24, application: 24, security: 24 },
  },
  'dumai-67-2022': {
    // Dumai 67/2022 Ps 31(3) asks every 2 years for all three scopes of Ps 30(2); its Lampiran
    // (Kebijakan Internal Audit TIK, I) says "Audit TIK dilaksanakan setiap tahun" for the same
    // three scopes. The stricter yearly cadence applies (conflicts.ts).
    auditCadenceMonths: { infrastructure: 12, application: 12, security: 12 },
  },
};

/** An area a regulation assigns to a coordinating (or executing) body. */
export type ManagementArea =
  | 'architecture'
  | 'roadmap'
  | 'budget_plan'
  | 'business_process'
  | 'data_center'
  | 'service_integration'
  | 'management_guidelines'
  | 'risk'
  | 'information_security'
  | 'data'
  | 'asset'
  | 'competency'
  | 'knowledge'
  | 'change'
  | 'service'
  | 'audit'
  | 'evaluation';

/**
 * Who coordinates an area: agency special roles (`ReadAgency.specialRoles`: ict_office,
 * planning_office, inspectorate, organisation_bureau, asset_office, hr_office,
 * research_office) or the bodies `coordination_team` and `regional_secretary`.
 */
export interface CoordinatingRole {
  roles: string[];
  citation: Citation;
}

const palu = (pasal: string, ayat?: string, huruf?: string): Citation => ({
  regulation: 'palu-14-2022',
  pasal,
  ...(ayat ? { ayat } : {}),
  ...(huruf ? { huruf } : {}),
});
const dumai = (pasal: string, ayat?: string): Citation => ({ regulation: 'dumai-67-2022', pasal, ...(ayat ? { ayat } : {}) });

export const coordinatingRoles: Partial<Record<RegulationId, Partial<Record<ManagementArea, CoordinatingRole>>>> = {
  'palu-14-2022': {
    // Ps 4(4): "dikoordinasikan oleh Ketua Tim Koordinasi SPEE"; Ps 50(5): the coordinator team is led by the Sekda
    architecture: { roles: ['coordination_team'], citation: palu('4', '4') },
    // Ps 6(5): the ICT office reviews the roadmap
    roadmap: { roles: ['ict_office'], citation: palu('6', '5') },
    budget_plan: { roles: ['planning_office'], citation: palu('7', '3') },
    // Ps 4(5) huruf a: the organisation function coordinates the business-process and service architecture domains
    business_process: { roles: ['organisation_bureau'], citation: palu('4', '5', 'a') },
    data_center: { roles: ['ict_office'], citation: palu('19', '2') },
    service_integration: { roles: ['ict_office'], citation: palu('36', '3') },
    management_guidelines: { roles: ['ict_office'], citation: palu('37', '2') },
    risk: { roles: ['ict_office', 'inspectorate'], citation: palu('38', '4') },
    information_security: { roles: ['ict_office'], citation: palu('39', '4') },
    data: { roles: ['ict_office'], citation: palu('40', '4') },
    asset: { roles: ['ict_office', 'asset_office'], citation: palu('41', '4') },
    competency: { roles: ['ict_office', 'hr_office'], citation: palu('42', '4') },
    knowledge: { roles: ['ict_office'], citation: palu('43', '4') },
    change: { roles: ['ict_office'], citation: palu('44', '4') },
    service: { roles: ['ict_office'], citation: palu('45', '12') },
    // Ps 47(1), 48(3), 49(2): the ICT office carries out all three audits
    audit: { roles: ['ict_office'], citation: palu('47', '1') },
    evaluation: { roles: ['coordination_team'], citation: palu('52', '1') },
  },
  'dumai-67-2022': {
    architecture: { roles: ['ict_office'], citation: dumai('4', '6') },
    roadmap: { roles: ['ict_office'], citation: dumai('6', '4') },
    // Ps 8(3): planning and budgeting unit, consulting the ICT unit
    budget_plan: { roles: ['planning_office', 'ict_office'], citation: dumai('8', '3') },
    // Ps 9(3): the organisation and procedures unit with the ICT unit
    business_process: { roles: ['organisation_bureau', 'ict_office'], citation: dumai('9', '3') },
    data_center: { roles: ['ict_office'], citation: dumai('16', '2') },
    // Ps 22(3): "unit kerja yang menyelenggarakan tugas dan fungsi di bidang Pengawasan Internal Pemerintah"
    risk: { roles: ['inspectorate'], citation: dumai('22', '3') },
    information_security: { roles: ['ict_office'], citation: dumai('23', '4') },
    data: { roles: ['ict_office'], citation: dumai('24', '3') },
    asset: { roles: ['ict_office'], citation: dumai('25', '4') },
    competency: { roles: ['hr_office'], citation: dumai('26', '3') },
    // Ps 27(4): "unit kerja yang membidangi tugas dan fungsi Pengkajian dan Penerapan Teknologi"
    knowledge: { roles: ['research_office'], citation: dumai('27', '4') },
    change: { roles: ['coordination_team'], citation: dumai('28', '4') },
    service: { roles: ['coordination_team'], citation: dumai('29', '4') },
    // Ps 31(1): the auditor team works under the internal-control unit; the Lampiran (I) has the
    // ICT unit coordinate together with the Inspektorat (conflicts.ts)
    audit: { roles: ['inspectorate'], citation: dumai('31', '1') },
    evaluation: { roles: ['coordination_team'], citation: dumai('33', '4') },
  },
};
