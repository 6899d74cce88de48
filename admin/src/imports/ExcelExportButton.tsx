/**
 * 下载 Excel on the units, people and positions lists: the template-shaped export of the user's unit.
 * The question bank's (`whole`) is the bank the user reads, narrowed by the list's filters.
 */
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useNotify, usePermissions } from 'react-admin';
import { importsApi, type ImportKindPath } from '../dataProvider/imports';
import type { Permissions } from '../permissions';

export function ExcelExportButton({
  kind,
  whole,
  filter,
}: {
  kind: ImportKindPath;
  whole?: boolean;
  filter?: Record<string, string>;
}) {
  const notify = useNotify();
  const { permissions } = usePermissions<Permissions>();
  const withinId = whole ? null : (permissions?.grants[0]?.unitId ?? null);
  return (
    <Button
      label="imports.download_excel"
      onClick={() =>
        importsApi.downloadExport(kind, withinId, filter).catch((e) => notify((e as Error).message, { type: 'error' }))
      }
    >
      <DownloadIcon />
    </Button>
  );
}
