import { Typography } from '@mui/material';
import { useGetResourceLabel, useResourceContext, useTranslate } from 'react-admin';

/**
 * The empty state of a table of related records (ReferenceManyField): "没有找到任职", never
 * react-admin's "no results for the current filters" with a 清除筛选 button — the filter there is
 * the relation itself, not one the user set.
 */
export function NoRecords() {
  const translate = useTranslate();
  const resource = useResourceContext();
  const label = useGetResourceLabel();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {translate('ra.navigation.no_results', { name: resource ? label(resource, 0) : '' })}
    </Typography>
  );
}
