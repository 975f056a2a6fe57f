import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Divider,
  Grid,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from "@mui/material";
import type { ReactNode } from "react";
import { ListButton, ReferenceField, Show, TextField, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import { formatDateTime } from "../common/format";
import { useSessionUser } from "../common/session";
import { useIsSmall } from "../common/useIsSmall";
import { canRoleAccess } from "../providers/access";
import { useIsResident } from "../common/useResidentWords";
import { CivicStatusChip, ChannelChip, DueChip, UrgencyChip } from "./CivicChips";
import type { CivicStatus } from "./civicEnums";
import type { CivicMatter } from "./civicTypes";
import { MatterActions } from "./MatterActions";
import { assigneeName, MatterAssignments } from "./MatterAssignments";
import { OwnPartLine, usePartState } from "./OwnPart";
import { MatterExtensions, MatterFollowUps, MatterSupervisions } from "./MatterRecords";
import { MatterTimeline } from "./MatterTimeline";
import { PhotoStrip } from "../photos/MatterPhotos";

const steps: CivicStatus[] = ["RECEIVED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED"];

/** Where the matter is on its way: 受理 → 交办 → 办理 → 办结 → 归档. */
const MatterSteps = ({ status }: { status: CivicStatus }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const resident = useIsResident();
  const active = steps.indexOf(status);
  if (active < 0) return null;
  return (
    <Stepper activeStep={status === "CLOSED" ? steps.length : active} alternativeLabel sx={{ my: 2 }}>
      {steps.map((step) => (
        <Step key={step}>
          <StepLabel slotProps={{ label: { sx: { fontSize: isSmall ? "0.75rem" : undefined } } }}>{translate(`${resident ? "app.resident.civic" : "app.civic"}.steps.${step}`)}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};

const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** Who raised it: the household (for those who may read households), the name and phone, or anonymous. */
const Submitter = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  if (matter.anonymous) return <>{translate("app.civic.board.anonymous")}</>;
  const mayReadHousehold = canRoleAccess(user?.role, "households", "show");
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", alignItems: "baseline" }}>
      {matter.submitterHouseholdId && mayReadHousehold && (
        <ReferenceField source="submitterHouseholdId" reference="households" link="show">
          <TextField source="headName" />
        </ReferenceField>
      )}
      {matter.submitterName && <span>{matter.submitterName}</span>}
      {matter.submitterPhone && <span>{matter.submitterPhone}</span>}
    </Stack>
  );
};

/** On a resolved matter, which co-units reported their part and which did not (未签收 / 未报送). */
const CoUnitParts = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const partState = usePartState();
  const parts = matter.assignments.filter((a) => a.role === "CO_UNIT" && a.state !== "RETURNED");
  if (parts.length === 0 || !["RESOLVED", "CLOSED"].includes(matter.status)) return null;
  return (
    <Typography variant="body2" data-testid="co-unit-parts" sx={{ mt: 0.5 }}>
      {translate("app.civic.assignments.co_units", {
        parts: parts.map((a) => `${assigneeName(a)} ${partState(matter, a).label}`).join(translate("app.civic.assignments.separator")),
      })}
    </Typography>
  );
};

const MatterHeader = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  const resident = user?.role === "RESIDENT";
  return (
    <Card>
      <CardContent>
        <Typography variant="overline" color="text.secondary" component="div">
          {matter.code} · {matter.township.name} {matter.village.name} · {matter.category.name}
        </Typography>
        <Typography variant="h5" component="h1" gutterBottom sx={{ overflowWrap: "anywhere" }}>
          {matter.title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
          <CivicStatusChip status={matter.status} size="medium" />
          <ChannelChip channel={matter.channel} />
          <UrgencyChip urgency={matter.urgency} />
          <DueChip matter={matter} />
          {matter.supervisionLevel && (
            <Chip
              size="small"
              color="error"
              variant="outlined"
              label={translate("app.civic.show.supervision", { level: translate(`enums.SupervisionLevel.${matter.supervisionLevel}`) })}
            />
          )}
          {matter.reworkCount > 0 && <Chip size="small" variant="outlined" label={translate("app.civic.board.rework", { smart_count: matter.reworkCount })} />}
        </Stack>
        {!resident && matter.myAssignment && (
          <Box sx={{ mt: 1.5 }}>
            <OwnPartLine matter={matter} />
          </Box>
        )}
        <MatterSteps status={matter.status} />
        <Grid container spacing={2} sx={{ mb: 1 }}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate(resident ? "app.resident.civic.received_at" : "resources.civicMatters.fields.receivedAt")}
            </Typography>
            <Typography variant="body2">
              {translate(resident ? "app.resident.civic.received" : "app.civic.show.received", {
                time: formatDateTime(matter.receivedAt),
                source: translate(`enums.IntakeSource.${matter.source}`),
              })}
            </Typography>
          </Grid>
          <Grid size={{ xs: 6, sm: 4 }}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate("app.civic.due.label")}
            </Typography>
            <Typography variant="body2" data-testid="matter-due-date">
              {matter.dueDate ?? translate(resident ? "app.resident.civic.due_none" : "app.civic.due.none")}
            </Typography>
          </Grid>
          {!resident && (
            <Grid size={{ xs: 6, sm: 4 }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate("app.civic.show.submitter")}
              </Typography>
              <Typography variant="body2" component="div">
                <Submitter matter={matter} />
              </Typography>
            </Grid>
          )}
        </Grid>
        <Divider sx={{ my: 1.5 }} />
        <Typography variant="caption" color="text.secondary" component="div">
          {translate("app.civic.show.content")}
        </Typography>
        <Typography sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", mb: 1 }}>{matter.content}</Typography>
        <PhotoStrip photos={matter.attachments} />
        {matter.address && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate("resources.civicMatters.fields.address")}：{matter.address}
          </Typography>
        )}
        {matter.resolution && (
          <Alert severity="success" sx={{ my: 1 }} data-testid="matter-resolution">
            <strong>{translate("app.civic.show.resolution")}：</strong>
            {matter.resolution}
            {!resident && <CoUnitParts matter={matter} />}
          </Alert>
        )}
        {(matter.status === "REJECTED" || matter.status === "MERGED") && matter.closeReason && (
          <Alert severity="warning" sx={{ my: 1 }}>
            {translate(`enums.CivicStatus.${matter.status}`)}：{matter.closeReason}
          </Alert>
        )}
        {resident && matter.status === "RESOLVED" && (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate("app.civic.my.rate_prompt")}
          </Alert>
        )}
        <Box sx={{ mt: 2 }}>
          <MatterActions matter={matter} showNone={!resident} />
        </Box>
      </CardContent>
    </Card>
  );
};

const MatterDetails = () => {
  const matter = useRecordContext<CivicMatter>();
  const internal = !useIsResident();
  if (!matter) return null;
  return (
    <Stack spacing={2} sx={{ mt: { xs: 0, sm: 1 }, mb: 2 }}>
      <MatterHeader matter={matter} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Section title="app.civic.timeline.title" testId="timeline-section">
            <MatterTimeline events={matter.timeline} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <Section title={internal ? "app.civic.assignments.title" : "app.resident.civic.assignments"}>
              <MatterAssignments matter={matter} />
            </Section>
            {internal && (
              <Section title="app.civic.supervisions.title">
                <MatterSupervisions matter={matter} />
              </Section>
            )}
            {internal && (
              <Section title="app.civic.extensions.title">
                <MatterExtensions matter={matter} />
              </Section>
            )}
            <Section title={internal ? "app.civic.followUps.title" : "app.resident.civic.followUps"}>
              <MatterFollowUps matter={matter} />
            </Section>
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  );
};

const ShowActions = () => (
  <TopToolbar className="no-print">
    <ListButton />
  </TopToolbar>
);

/** A matter's page: where it stands, what happened, who handles it, and the steps the user may take now. */
export const CivicMatterShow = () => (
  <Show actions={<ShowActions />} component="div">
    <MatterDetails />
  </Show>
);
