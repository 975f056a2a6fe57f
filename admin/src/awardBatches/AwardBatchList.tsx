import {
  AutocompleteInput,
  DataTable,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from "react-admin";
import { awardBatchStatusChoices } from "../common/choices";
import { PublicityEmpty } from "./PublicityEmpty";
import { DeltaField } from "../common/fields";
import { formatDelta } from "../common/format";
import { useSessionUser } from "../common/session";
import { useIsSmall } from "../common/useIsSmall";
import { useEnumWord } from "../common/useResidentWords";
import type { AwardBatch } from "../types";
import { ListPublicityBoardButton } from "../print/BoardLinkButtons";
import { AwardBatchStatusField } from "./AwardBatchStatusField";
import { includedLines, objectionTotal } from "./batchFigures";

/** `word` names a status in the reader's words (a resident reads 积分已到户, not 已入账). */
const batchFilters = (withVillage: boolean, word: (enumName: "AwardBatchStatus", value: string) => string) => [
  <SelectInput
    key="status"
    source="status"
    choices={awardBatchStatusChoices}
    optionText={(choice: { id: string }) => word("AwardBatchStatus", choice.id)}
    alwaysOn
  />,
  ...(withVillage
    ? [
        <ReferenceInput key="villageId" source="villageId" reference="villages" alwaysOn>
          <AutocompleteInput />
        </ReferenceInput>,
      ]
    : []),
];

/**
 * 积分公示: awards waiting out their publicity, posted or withdrawn. Residents
 * see their village's, as cards on a phone.
 */
export const AwardBatchList = () => {
  const user = useSessionUser();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const word = useEnumWord();
  const staffAbove = user?.role !== "VILLAGE_COMMITTEE" && user?.role !== "RESIDENT";
  return (
    <List
      perPage={25}
      filters={batchFilters(staffAbove, word)}
      sort={{ field: "id", order: "DESC" }}
      exporter={false}
      actions={
        <TopToolbar>
          <ListPublicityBoardButton />
        </TopToolbar>
      }
      empty={<PublicityEmpty />}
      title={user?.role === "RESIDENT" ? "app.menu.publicity" : undefined}
    >
      {isSmall ? (
        <SimpleList<AwardBatch>
          primaryText={(batch) => batch.reason}
          secondaryText={(batch) =>
            translate("resources.awardBatches.summary", {
              households: includedLines(batch).length,
              points: formatDelta(batch.points, locale),
              status: word("AwardBatchStatus", batch.status),
            })
          }
          tertiaryText={(batch) => batch.publicityEndsOn ?? batch.deedDate}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="deedDate" />
          {staffAbove && (
            <DataTable.Col source="villageId" disableSort>
              <ReferenceField source="villageId" reference="villages" link={false} />
            </DataTable.Col>
          )}
          <DataTable.Col source="reason" disableSort>
            <TextField source="reason" sx={{ fontWeight: 500 }} />
          </DataTable.Col>
          <DataTable.Col source="points" disableSort align="right">
            <DeltaField source="points" />
          </DataTable.Col>
          <DataTable.Col source="lines" label="resources.awardBatches.fields.householdCount" disableSort align="right">
            <FunctionField<AwardBatch> render={(batch) => includedLines(batch).length} />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <AwardBatchStatusField />
          </DataTable.Col>
          <DataTable.Col source="publicityEndsOn" />
          <DataTable.Col source="objections" label="resources.awardBatches.fields.objectionCount" disableSort align="right">
            <FunctionField<AwardBatch> render={(batch) => objectionTotal(batch) || "—"} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
