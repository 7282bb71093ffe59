import type { WebModule } from '../module-types';
import { IctAssetDetailPage } from './ict-asset-detail-page';
import { IctAssetCreatePage, IctAssetEditPage } from './ict-asset-form-pages';
import { IctAssetListPage } from './ict-asset-list-page';

export const ictAssetsModule: WebModule = {
  routes: [
    { path: 'ict-assets', element: <IctAssetListPage /> },
    { path: 'ict-assets/new', element: <IctAssetCreatePage /> },
    { path: 'ict-assets/:id', element: <IctAssetDetailPage /> },
    { path: 'ict-assets/:id/edit', element: <IctAssetEditPage /> },
  ],
  nav: [{ labelKey: 'ictAssets.title', path: '/ict-assets', permission: 'ictAsset.read' }],
};
