import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TenantView } from '../../shared/tenants';
import type { NotificationSettingsView } from '../../shared/notifications';
import type { DeliveryPage, DeliveryView, LetterheadView, SigningCertificateState } from '../../shared/settings';
import { api } from '../api/client';

export type Tenant = z.infer<typeof TenantView>;
export type Letterhead = z.infer<typeof LetterheadView>;
export type CertificateState = z.infer<typeof SigningCertificateState>;
export type NotificationSettings = z.infer<typeof NotificationSettingsView>;
export type Delivery = z.infer<typeof DeliveryView>;
export type Deliveries = z.infer<typeof DeliveryPage>;

export const useLetterhead = () => useQuery({ queryKey: ['/letterhead'], queryFn: () => api.get<Letterhead>('/letterhead') });
export const useSigningCertificate = () => useQuery({ queryKey: ['/signing-certificate'], queryFn: () => api.get<CertificateState>('/signing-certificate') });
export const useNotificationSettings = () => useQuery({ queryKey: ['/notification-settings'], queryFn: () => api.get<NotificationSettings>('/notification-settings') });
export const useDeliveries = (status: string | null, page: number) =>
  useQuery({ queryKey: ['/notification-deliveries', status, page], queryFn: () => api.get<Deliveries>('/notification-deliveries', { status, page, pageSize: 20 }) });
