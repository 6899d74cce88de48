import { NoRecords } from '../../shared/NoRecords';
import { Typography } from '@mui/material';
import {
  DataTable,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../shared/enums';
import { FULL_RECORD } from '../../shared/fullRecord';

export function StarTypeShow() {
  const translate = useTranslate();
  return (
    <Show queryOptions={FULL_RECORD}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <TextField source="communityNameZh" emptyText="—" />
        <EnumField source="categories" enumName="BranchCategory" chip />
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <NumberField source="sortOrder" />
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('resources.keyTasks.name', { smart_count: 2 })}
        </Typography>
        <ReferenceManyField
          reference="keyTasks"
          target="starCode"
          sort={{ field: 'sortOrder', order: 'ASC' }}
          perPage={10}
          pagination={<Pagination />}
          label={false}
        >
          <DataTable empty={<NoRecords />} rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="title" />
            <DataTable.Col source="category" disableSort>
              <EnumField source="category" enumName="BranchCategory" />
            </DataTable.Col>
            <DataTable.Col source="edition" />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
