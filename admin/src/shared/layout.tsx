import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement } from 'react';

/** Tables on wide screens, react-admin's SimpleList on phones (375 px). */
export function ResponsiveList({ table, small }: { table: ReactElement; small: ReactElement }) {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return isSmall ? small : table;
}

export function useIsSmall(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
}
