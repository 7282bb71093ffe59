import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own box on a narrow screen instead of widening the page
 * (a 390 px phone), and that can take keyboard focus so the scroll is reachable without a mouse
 * (axe: scrollable-region-focusable). Without a minWidth the columns wrap first and the box scrolls only
 * for what cannot wrap.
 */
export function ScrollTable({ minWidth = 'auto', maxHeight, children }: { minWidth?: number | 'auto'; maxHeight?: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} mah={maxHeight} tabIndex={0}>
      {children}
    </Table.ScrollContainer>
  );
}
