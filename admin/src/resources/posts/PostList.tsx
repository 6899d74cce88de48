import { BooleanInput, DataTable, List, SimpleList } from 'react-admin';
import { EnumField, EnumInput } from '../../shared/enums';
import { RefLinkField, TimestampField } from '../../shared/fields';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { SearchFilter } from '../../shared/SearchFilter';

const filters = [
  <SearchFilter key="search" source="search" alwaysOn />,
  <EnumInput key="status" source="status" enumName="PostStatus" alwaysOn />,
  <BooleanInput key="awaitingMyReview" source="awaitingMyReview" alwaysOn />,
  <UnitInput key="withinId" source="withinId" label="resources.posts.fields.unit" />,
];

/** Posts in scope; the review queue is the 待我审核 filter, the published list the 已发布 status. */
export function PostList() {
  return (
    <List perPage={25} filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }}>
      <ResponsiveList
        table={
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="unit" disableSort>
              <RefLinkField source="unit" reference="units" />
            </DataTable.Col>
            <DataTable.Col source="status">
              <EnumField source="status" enumName="PostStatus" />
            </DataTable.Col>
            <DataTable.Col source="publishedAt">
              <TimestampField source="publishedAt" />
            </DataTable.Col>
          </DataTable>
        }
        small={<SimpleList primaryText={(r) => r.title} secondaryText={(r) => r.unit?.name ?? ''} rowClick="show" />}
      />
    </List>
  );
}
