/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ResetPassword($userId: ID!) {\n    result: resetPassword(userId: $userId) { temporaryPassword user { id username displayName mustChangePassword } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation CreateVillageCommitteeAccounts($villageIds: [ID!]!) {\n    result: createVillageCommitteeAccounts(villageIds: $villageIds) {\n      village { id code name } outcome username temporaryPassword user { id displayName }\n    }\n  }\n": typeof types.CreateVillageCommitteeAccountsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionFields }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CivicCategoryFields on CivicCategory {\n    id code name defaultChannel deadlineDays active createdAt updatedAt\n  }\n": typeof types.CivicCategoryFieldsFragmentDoc,
    "\n  fragment CivicMatterFields on CivicMatter {\n    id code title content categoryId villageId townshipId address submitterHouseholdId submitterName submitterPhone\n    anonymous source urgency channel status dueDate overdue overdueWorkingDays reworkCount\n    resolution closeReason duplicateOfId receivedAt resolvedAt closedAt version\n    category { id name deadlineDays defaultChannel }\n    village { id name }\n    township { id name }\n    assignments {\n      id role state departmentId department { id name } villageId village { id name }\n      officialUserId personName dueDate resultNote reportedAt createdAt allowedActions\n    }\n    myAssignment { id role state dueDate allowedActions }\n    allowedActions assignableChannels\n    timeline { id type fromStatus toStatus actorName at note public data }\n    followUps { id method reached resolved satisfaction comment createdAt }\n    attachments { id url thumbnailUrl width height }\n  }\n": typeof types.CivicMatterFieldsFragmentDoc,
    "\n  fragment CivicMatterTimelinePhotos on CivicMatter {\n    timeline { id attachments { id url thumbnailUrl width height } }\n  }\n": typeof types.CivicMatterTimelinePhotosFragmentDoc,
    "\n  fragment CivicMatterStaffFields on CivicMatter {\n    ...CivicMatterFields\n    supervisionLevel\n    assignments { returnReason }\n    supervisions { id level reason responseDue status response answeredAt answeredByName endedAt createdAt allowedActions }\n    extensions { id assignmentId reason requestedDueDate requestedAt state decidedAt decisionNote }\n  }\n": typeof types.CivicMatterStaffFieldsFragmentDoc,
    "\n    query CivicCategoryList($filter: CivicCategoryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicCategories(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicCategoryFields } total totalCapped }\n    }\n  ": typeof types.CivicCategoryListDocument,
    "\n    query CivicCategoryOne($id: ID!) { record: civicCategory(id: $id) { ...CivicCategoryFields } }\n  ": typeof types.CivicCategoryOneDocument,
    "\n    mutation CreateCivicCategory($input: CreateCivicCategoryInput!) {\n      record: createCivicCategory(input: $input) { ...CivicCategoryFields }\n    }\n  ": typeof types.CreateCivicCategoryDocument,
    "\n    mutation UpdateCivicCategory($id: ID!, $input: UpdateCivicCategoryInput!) {\n      record: updateCivicCategory(id: $id, input: $input) { ...CivicCategoryFields }\n    }\n  ": typeof types.UpdateCivicCategoryDocument,
    "\n    query CivicMatterList($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterStaffFields } total totalCapped }\n    }\n  ": typeof types.CivicMatterListDocument,
    "\n    query CivicMatterOne($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterStaffFields ...CivicMatterTimelinePhotos } }\n  ": typeof types.CivicMatterOneDocument,
    "\n    mutation SubmitCivicMatter($input: SubmitCivicMatterInput!) {\n      record: submitCivicMatter(input: $input) { ...CivicMatterStaffFields }\n    }\n  ": typeof types.SubmitCivicMatterDocument,
    "\n    query CivicMatterListForResident($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterFields } total totalCapped }\n    }\n  ": typeof types.CivicMatterListForResidentDocument,
    "\n    query CivicMatterOneForResident($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterFields ...CivicMatterTimelinePhotos } }\n  ": typeof types.CivicMatterOneForResidentDocument,
    "\n    mutation SubmitCivicMatterForResident($input: SubmitCivicMatterInput!) {\n      record: submitCivicMatter(input: $input) { ...CivicMatterFields }\n    }\n  ": typeof types.SubmitCivicMatterForResidentDocument,
    "\n  query LeadOfficials { result: leadOfficials { id displayName role departmentName townshipName } }\n": typeof types.LeadOfficialsDocument,
    "\n  mutation AssignCivicMatter($id: ID!, $input: AssignCivicMatterInput!) {\n    result: assignCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.AssignCivicMatterDocument,
    "\n  mutation ChangeChannel($id: ID!, $input: ChangeChannelInput!) {\n    result: changeChannel(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.ChangeChannelDocument,
    "\n  mutation RejectCivicMatter($id: ID!, $reason: String!) {\n    result: rejectCivicMatter(id: $id, reason: $reason) { ...CivicMatterStaffFields }\n  }\n": typeof types.RejectCivicMatterDocument,
    "\n  mutation MergeCivicMatter($id: ID!, $intoId: ID!, $note: String) {\n    result: mergeCivicMatter(id: $id, intoId: $intoId, note: $note) { ...CivicMatterStaffFields }\n  }\n": typeof types.MergeCivicMatterDocument,
    "\n  mutation AcceptAssignment($assignmentId: ID!) {\n    result: acceptAssignment(assignmentId: $assignmentId) { ...CivicMatterStaffFields }\n  }\n": typeof types.AcceptAssignmentDocument,
    "\n  mutation ReturnAssignment($assignmentId: ID!, $reason: String!) {\n    result: returnAssignment(assignmentId: $assignmentId, reason: $reason) { ...CivicMatterStaffFields }\n  }\n": typeof types.ReturnAssignmentDocument,
    "\n  mutation ReportPart($input: ReportPartInput!) {\n    result: reportPart(input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.ReportPartDocument,
    "\n  mutation PostProgress($id: ID!, $input: ProgressInput!) {\n    result: postProgress(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.PostProgressDocument,
    "\n  mutation ResolveCivicMatter($id: ID!, $input: ResolveCivicMatterInput!) {\n    result: resolveCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.ResolveCivicMatterDocument,
    "\n  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n    result: recordFollowUp(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  mutation RateCivicMatter($id: ID!, $input: RateCivicMatterInput!) {\n    result: rateCivicMatter(id: $id, input: $input) { ...CivicMatterFields }\n  }\n": typeof types.RateCivicMatterDocument,
    "\n  mutation SuperviseCivicMatter($id: ID!, $input: SuperviseInput!) {\n    result: superviseCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.SuperviseCivicMatterDocument,
    "\n  mutation AnswerSupervision($input: AnswerSupervisionInput!) {\n    result: answerSupervision(input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.AnswerSupervisionDocument,
    "\n  mutation RequestExtension($id: ID!, $input: ExtensionRequestInput!) {\n    result: requestExtension(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": typeof types.RequestExtensionDocument,
    "\n  mutation DecideExtension($extensionId: ID!, $approve: Boolean!, $note: String) {\n    result: decideExtension(extensionId: $extensionId, approve: $approve, note: $note) { ...CivicMatterStaffFields }\n  }\n": typeof types.DecideExtensionDocument,
    "\n  fragment TownshipFields on Township {\n    id code name villageCount createdAt updatedAt\n  }\n": typeof types.TownshipFieldsFragmentDoc,
    "\n  fragment VillageFields on Village {\n    id code name townshipId hasShop publicityDays rankingSize notifyPoints householdCount\n  }\n": typeof types.VillageFieldsFragmentDoc,
    "\n  fragment DepartmentFields on Department {\n    id code name kind townshipId active\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n    query TownshipList($filter: TownshipFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: townships(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...TownshipFields } total totalCapped }\n    }\n  ": typeof types.TownshipListDocument,
    "\n    query TownshipOne($id: ID!) { record: township(id: $id) { ...TownshipFields } }\n  ": typeof types.TownshipOneDocument,
    "\n    mutation CreateTownship($input: CreateTownshipInput!) { record: createTownship(input: $input) { ...TownshipFields } }\n  ": typeof types.CreateTownshipDocument,
    "\n    mutation UpdateTownship($id: ID!, $input: UpdateTownshipInput!) {\n      record: updateTownship(id: $id, input: $input) { ...TownshipFields }\n    }\n  ": typeof types.UpdateTownshipDocument,
    "\n    query VillageList($filter: VillageFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: villages(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VillageFields } total totalCapped }\n    }\n  ": typeof types.VillageListDocument,
    "\n    query VillageOne($id: ID!) { record: village(id: $id) { ...VillageFields } }\n  ": typeof types.VillageOneDocument,
    "\n    mutation CreateVillage($input: CreateVillageInput!) { record: createVillage(input: $input) { ...VillageFields } }\n  ": typeof types.CreateVillageDocument,
    "\n    mutation UpdateVillage($id: ID!, $input: UpdateVillageInput!) {\n      record: updateVillage(id: $id, input: $input) { ...VillageFields }\n    }\n  ": typeof types.UpdateVillageDocument,
    "\n    query DepartmentList($filter: DepartmentFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: departments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...DepartmentFields } total totalCapped }\n    }\n  ": typeof types.DepartmentListDocument,
    "\n    query DepartmentOne($id: ID!) { record: department(id: $id) { ...DepartmentFields } }\n  ": typeof types.DepartmentOneDocument,
    "\n    mutation CreateDepartment($input: CreateDepartmentInput!) { record: createDepartment(input: $input) { ...DepartmentFields } }\n  ": typeof types.CreateDepartmentDocument,
    "\n    mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n      record: updateDepartment(id: $id, input: $input) { ...DepartmentFields }\n    }\n  ": typeof types.UpdateDepartmentDocument,
    "\n  fragment HouseholdFields on Household {\n    id villageId number headName memberCount phone address category status smsOptOut balance createdAt updatedAt allowedActions\n  }\n": typeof types.HouseholdFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id username displayName role townshipId villageId departmentId householdId active mustChangePassword lastLoginAt createdAt\n    township { id name } village { id name } department { id name } household { id number headName }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n    query HouseholdList($filter: HouseholdFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...HouseholdFields } total totalCapped }\n    }\n  ": typeof types.HouseholdListDocument,
    "\n    query HouseholdOne($id: ID!) { record: household(id: $id) { ...HouseholdFields } }\n  ": typeof types.HouseholdOneDocument,
    "\n    mutation CreateHousehold($input: CreateHouseholdInput!) { record: createHousehold(input: $input) { ...HouseholdFields } }\n  ": typeof types.CreateHouseholdDocument,
    "\n    mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n      record: updateHousehold(id: $id, input: $input) { ...HouseholdFields }\n    }\n  ": typeof types.UpdateHouseholdDocument,
    "\n    mutation ArchiveHousehold($id: ID!) { record: archiveHousehold(id: $id) { ...HouseholdFields } }\n  ": typeof types.ArchiveHouseholdDocument,
    "\n    query UserList($filter: UserFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...UserFields } total totalCapped }\n    }\n  ": typeof types.UserListDocument,
    "\n    query UserOne($id: ID!) { record: user(id: $id) { ...UserFields } }\n  ": typeof types.UserOneDocument,
    "\n    mutation CreateUser($input: CreateUserInput!) { record: createUser(input: $input) { ...UserFields } }\n  ": typeof types.CreateUserDocument,
    "\n    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { record: updateUser(id: $id, input: $input) { ...UserFields } }\n  ": typeof types.UpdateUserDocument,
    "\n  mutation ImportHouseholds($input: ImportHouseholdsInput!) {\n    result: importHouseholds(input: $input) {\n      dryRun ok total failed imported rows { row ok householdId errors { field code message duplicateOfRow } }\n    }\n  }\n": typeof types.ImportHouseholdsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    user { id username displayName role townshipId villageId departmentId householdId mustChangePassword }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { ...SessionFields }\n  }\n": typeof types.LoginDocument,
    "\n  query Notifications($unreadOnly: Boolean, $page: Int, $perPage: Int) {\n    result: notifications(unreadOnly: $unreadOnly, page: $page, perPage: $perPage) {\n      items { id kind title body link readAt createdAt }\n      total\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    result: unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    result: markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment ResidentAccountFields on ResidentAccount {\n    id username displayName phone active lastLoginAt createdAt\n  }\n": typeof types.ResidentAccountFieldsFragmentDoc,
    "\n  mutation IssueResidentActivations($input: IssueResidentActivationsInput!) {\n    result: issueResidentActivations(input: $input) { householdId householdNumber headName villageName code expiresAt }\n  }\n": typeof types.IssueResidentActivationsDocument,
    "\n  query HouseholdAccounts($id: ID!) {\n    result: household(id: $id) { id activationExpiresAt residentAccounts { ...ResidentAccountFields } }\n  }\n": typeof types.HouseholdAccountsDocument,
    "\n  query VillageAccountHolders($villageId: ID!, $page: Int, $perPage: Int) {\n    result: households(filter: { villageId: $villageId }, page: $page, perPage: $perPage) {\n      items { id residentAccounts { id } } total\n    }\n  }\n": typeof types.VillageAccountHoldersDocument,
    "\n  mutation SetResidentAccountActive($id: ID!, $active: Boolean!) {\n    result: setResidentAccountActive(id: $id, active: $active) { ...ResidentAccountFields }\n  }\n": typeof types.SetResidentAccountActiveDocument,
    "\n  mutation ActivateResident($input: ActivateResidentInput!) {\n    result: activateResident(input: $input) { ...SessionFields }\n  }\n": typeof types.ActivateResidentDocument,
    "\n  mutation RequestLoginCode($phone: String!) { result: requestLoginCode(phone: $phone) }\n": typeof types.RequestLoginCodeDocument,
    "\n  mutation LoginWithCode($phone: String!, $code: String!) {\n    result: loginWithCode(phone: $phone, code: $code) { ...SessionFields }\n  }\n": typeof types.LoginWithCodeDocument,
    "\n  query BackupStatus { result: backupStatus { scheduled keep stale last { name bytes at } } }\n": typeof types.BackupStatusDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id url thumbnailUrl width height\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  query PhotoLimits { result: photoLimits { perRecord perProduct maxUploadBytes } }\n": typeof types.PhotoLimitsDocument,
    "\n  fragment PointRuleFields on PointRule {\n    id category name description points villageId active createdAt updatedAt allowedActions\n  }\n": typeof types.PointRuleFieldsFragmentDoc,
    "\n  fragment PointEntryFields on PointEntry {\n    id householdId villageId kind delta requestedDelta balanceAfter reason deedDate recordedAt recordedBy\n    ruleId batchId activityId redemptionId reversesEntryId allowedActions\n  }\n": typeof types.PointEntryFieldsFragmentDoc,
    "\n  fragment AwardBatchFields on AwardBatch {\n    id villageId ruleId points reason note deedDate status publicityEndsOn postedAt withdrawnAt withdrawReason createdAt allowedActions\n    lines { id householdId householdNumber headName state removedReason objectionCount allowedActions }\n  }\n": typeof types.AwardBatchFieldsFragmentDoc,
    "\n  fragment AwardBatchPhotoFields on AwardBatch {\n    attachments { ...AttachmentFields }\n    lines { id attachments { ...AttachmentFields } }\n  }\n": typeof types.AwardBatchPhotoFieldsFragmentDoc,
    "\n  fragment AwardObjectionFields on AwardObjection {\n    id lineId reason createdAt\n  }\n": typeof types.AwardObjectionFieldsFragmentDoc,
    "\n  fragment AwardBatchStaffFields on AwardBatch {\n    ...AwardBatchFields\n    objections { ...AwardObjectionFields }\n  }\n": typeof types.AwardBatchStaffFieldsFragmentDoc,
    "\n    query PointRuleList($filter: PointRuleFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: pointRules(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...PointRuleFields } total totalCapped }\n    }\n  ": typeof types.PointRuleListDocument,
    "\n    query PointRuleOne($id: ID!) { record: pointRule(id: $id) { ...PointRuleFields } }\n  ": typeof types.PointRuleOneDocument,
    "\n    mutation CreatePointRule($input: CreatePointRuleInput!) { record: createPointRule(input: $input) { ...PointRuleFields } }\n  ": typeof types.CreatePointRuleDocument,
    "\n    mutation UpdatePointRule($id: ID!, $input: UpdatePointRuleInput!) {\n      record: updatePointRule(id: $id, input: $input) { ...PointRuleFields }\n    }\n  ": typeof types.UpdatePointRuleDocument,
    "\n    query PointEntryList($filter: PointEntryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: pointEntries(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n        items { ...PointEntryFields attachments { ...AttachmentFields } }\n        total totalCapped\n      }\n    }\n  ": typeof types.PointEntryListDocument,
    "\n    query AwardBatchList($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchStaffFields } total totalCapped }\n    }\n  ": typeof types.AwardBatchListDocument,
    "\n    query AwardBatchOne($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }\n  ": typeof types.AwardBatchOneDocument,
    "\n    query AwardBatchListForResident($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchFields } total totalCapped }\n    }\n  ": typeof types.AwardBatchListForResidentDocument,
    "\n    query AwardBatchOneForResident($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchFields ...AwardBatchPhotoFields } }\n  ": typeof types.AwardBatchOneForResidentDocument,
    "\n  mutation AwardPoints($input: AwardPointsInput!) {\n    result: awardPoints(input: $input) {\n      entries { ...PointEntryFields attachments { ...AttachmentFields } }\n      batch { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n    }\n  }\n": typeof types.AwardPointsDocument,
    "\n  mutation DeductPoints($input: DeductPointsInput!) { result: deductPoints(input: $input) { ...PointEntryFields } }\n": typeof types.DeductPointsDocument,
    "\n  mutation ReversePointEntry($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    result: reversePointEntry(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...PointEntryFields }\n  }\n": typeof types.ReversePointEntryDocument,
    "\n  query HouseholdPassbook($householdId: ID!, $from: LocalDate, $to: LocalDate) {\n    result: householdPassbook(householdId: $householdId, from: $from, to: $to) {\n      householdId householdNumber headName villageName from to\n      openingBalance closingBalance totalIn totalOut\n      entries { ...PointEntryFields attachments { ...AttachmentFields } }\n    }\n  }\n": typeof types.HouseholdPassbookDocument,
    "\n  query VillagePassbooks($villageId: ID!, $from: LocalDate, $to: LocalDate) {\n    result: villagePassbooks(villageId: $villageId, from: $from, to: $to) {\n      householdId householdNumber headName villageName from to\n      openingBalance closingBalance totalIn totalOut\n      entries { ...PointEntryFields }\n    }\n  }\n": typeof types.VillagePassbooksDocument,
    "\n  mutation PostAwardBatch($id: ID!) { result: postAwardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }\n": typeof types.PostAwardBatchDocument,
    "\n  mutation WithdrawAwardBatch($id: ID!, $reason: String!) {\n    result: withdrawAwardBatch(id: $id, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n  }\n": typeof types.WithdrawAwardBatchDocument,
    "\n  mutation RemoveAwardLine($lineId: ID!, $reason: String!) {\n    result: removeAwardLine(lineId: $lineId, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n  }\n": typeof types.RemoveAwardLineDocument,
    "\n  mutation ObjectToAward($lineId: ID!, $reason: String!) {\n    result: objectToAward(lineId: $lineId, reason: $reason) { ...AwardObjectionFields }\n  }\n": typeof types.ObjectToAwardDocument,
    "\n  query AwardBatchesWithPhotos($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n    result: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      items { ...AwardBatchFields ...AwardBatchPhotoFields }\n      total\n    }\n  }\n": typeof types.AwardBatchesWithPhotosDocument,
    "\n  fragment PointsReportFields on PointsReport {\n    pointsAwarded pointsDeducted pointsRedeemed pointsRefunded netRedeemed\n    redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage\n  }\n": typeof types.PointsReportFieldsFragmentDoc,
    "\n  fragment PointsMonthFields on PointsMonth { month pointsAwarded netRedeemed }\n": typeof types.PointsMonthFieldsFragmentDoc,
    "\n  fragment CivicRateFields on CivicRate { numerator denominator rate }\n": typeof types.CivicRateFieldsFragmentDoc,
    "\n  fragment CivicYearFields on CivicReport {\n    received overdue byChannel { channel count }\n    resolutionRate { ...CivicRateFields } onTimeRate { ...CivicRateFields } followUpRate { ...CivicRateFields }\n    satisfactionRate { ...CivicRateFields } reworkRate { ...CivicRateFields }\n  }\n": typeof types.CivicYearFieldsFragmentDoc,
    "\n  fragment CivicMonthFields on CivicMonth { month received resolutionRate { ...CivicRateFields } }\n": typeof types.CivicMonthFieldsFragmentDoc,
    "\n  fragment DistrictCountFields on DistrictCount { value monthly definition }\n": typeof types.DistrictCountFieldsFragmentDoc,
    "\n  fragment DistrictTallyFields on DistrictTally { value definition }\n": typeof types.DistrictTallyFieldsFragmentDoc,
    "\n  fragment DistrictRatioFields on DistrictRatio { numerator denominator rate definition }\n": typeof types.DistrictRatioFieldsFragmentDoc,
    "\n  fragment DistrictRateFields on DistrictRate {\n    numerator denominator rate definition monthlyNumerator monthlyDenominator monthlyRate\n  }\n": typeof types.DistrictRateFieldsFragmentDoc,
    "\n  fragment DistrictReportFields on DistrictReport {\n    year townshipId townshipName from to asOf timezone\n    shop {\n      villages { ...DistrictTallyFields } villagesWithShop { ...DistrictTallyFields } shopCoverage { ...DistrictRatioFields }\n      exchangeEvents { ...DistrictCountFields }\n      pointsRedeemed { ...DistrictCountFields } pointsRefunded { ...DistrictCountFields } netRedeemed { ...DistrictCountFields }\n      redeemingHouseholds { ...DistrictCountFields } redeemingPeople { ...DistrictCountFields }\n    }\n    volunteer {\n      activitiesHeld { ...DistrictCountFields } participations { ...DistrictCountFields } brandsActive { ...DistrictCountFields }\n      teams { ...DistrictTallyFields } teamMembers { ...DistrictTallyFields }\n    }\n    civic {\n      received { ...DistrictCountFields }\n      byChannel {\n        direct { ...DistrictCountFields } lead { ...DistrictCountFields } joint { ...DistrictCountFields }\n        supervised { ...DistrictCountFields } unassigned { ...DistrictCountFields }\n      }\n      resolutionRate { ...DistrictRateFields } satisfactionRate { ...DistrictRateFields }\n    }\n    households {\n      active { ...DistrictTallyFields } general { ...DistrictTallyFields }\n      lifted { ...DistrictTallyFields } monitored { ...DistrictTallyFields }\n    }\n  }\n": typeof types.DistrictReportFieldsFragmentDoc,
    "\n  query PointsReport($filter: PointsReportFilter) { result: pointsReport(filter: $filter) { ...PointsReportFields } }\n": typeof types.PointsReportDocument,
    "\n  query PointsRanking($villageId: ID!, $from: LocalDate, $to: LocalDate, $limit: Int) {\n    result: pointsRanking(villageId: $villageId, from: $from, to: $to, limit: $limit) {\n      villageId from to size rule { zh en }\n      red { rank householdId householdNumber headName earned deducted }\n      black { rank householdId householdNumber headName earned deducted }\n    }\n  }\n": typeof types.PointsRankingDocument,
    "\n  query DistrictReport($year: Int!, $townshipId: ID) {\n    result: districtReport(year: $year, townshipId: $townshipId) { ...DistrictReportFields }\n  }\n": typeof types.DistrictReportDocument,
    "\n  query PointsByMonth($filter: PointsReportFilter) {\n    result: pointsReport(filter: $filter) { ...PointsReportFields months { ...PointsMonthFields } }\n  }\n": typeof types.PointsByMonthDocument,
    "\n  query CivicByMonth($filter: CivicReportFilter) {\n    result: civicReport(filter: $filter) {\n      ...CivicYearFields months { ...CivicMonthFields }\n      departmentWorkload { departmentId name open overdue partsUnreported supervisionsOverdue }\n    }\n  }\n": typeof types.CivicByMonthDocument,
    "\n  fragment ProductFields on Product {\n    id villageId name unit price stock active createdAt updatedAt\n    attachments { ...AttachmentFields }\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  fragment ExchangeEventFields on ExchangeEvent {\n    id villageId date title status upcoming createdAt allowedActions\n  }\n": typeof types.ExchangeEventFieldsFragmentDoc,
    "\n  fragment RedemptionFields on Redemption {\n    id householdId villageId eventId total status createdAt cancelledAt cancelReason recordedBy allowedActions\n    household { number headName }\n    lines { productId productName quantity unitPrice amount }\n  }\n": typeof types.RedemptionFieldsFragmentDoc,
    "\n    query ProductList($filter: ProductFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: products(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ProductFields } total totalCapped }\n    }\n  ": typeof types.ProductListDocument,
    "\n    query ProductOne($id: ID!) { record: product(id: $id) { ...ProductFields } }\n  ": typeof types.ProductOneDocument,
    "\n    mutation CreateProduct($input: CreateProductInput!) { record: createProduct(input: $input) { ...ProductFields } }\n  ": typeof types.CreateProductDocument,
    "\n    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { record: updateProduct(id: $id, input: $input) { ...ProductFields } }\n  ": typeof types.UpdateProductDocument,
    "\n    query ExchangeEventList($filter: ExchangeEventFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: exchangeEvents(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ExchangeEventFields } total totalCapped }\n    }\n  ": typeof types.ExchangeEventListDocument,
    "\n    query ExchangeEventOne($id: ID!) { record: exchangeEvent(id: $id) { ...ExchangeEventFields } }\n  ": typeof types.ExchangeEventOneDocument,
    "\n    mutation CreateExchangeEvent($input: CreateExchangeEventInput!) {\n      record: createExchangeEvent(input: $input) { ...ExchangeEventFields }\n    }\n  ": typeof types.CreateExchangeEventDocument,
    "\n    query RedemptionList($filter: RedemptionFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: redemptions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...RedemptionFields } total totalCapped }\n    }\n  ": typeof types.RedemptionListDocument,
    "\n    query RedemptionOne($id: ID!) { record: redemption(id: $id) { ...RedemptionFields } }\n  ": typeof types.RedemptionOneDocument,
    "\n  query RedemptionReceipt($id: ID!) {\n    result: redemption(id: $id) {\n      ...RedemptionFields\n      villageName eventTitle recorderName\n      entries { id kind delta balanceAfter recordedAt }\n    }\n  }\n": typeof types.RedemptionReceiptDocument,
    "\n  mutation RestockProduct($id: ID!, $quantity: Int!, $reason: String!) {\n    result: restockProduct(id: $id, quantity: $quantity, reason: $reason) { ...ProductFields }\n  }\n": typeof types.RestockProductDocument,
    "\n  query StockMovements($productId: ID!, $page: Int, $perPage: Int) {\n    result: stockMovements(productId: $productId, page: $page, perPage: $perPage) {\n      items { id productId delta reason recordedAt recordedBy }\n      total\n    }\n  }\n": typeof types.StockMovementsDocument,
    "\n  mutation CloseExchangeEvent($id: ID!) { result: closeExchangeEvent(id: $id) { ...ExchangeEventFields } }\n": typeof types.CloseExchangeEventDocument,
    "\n  mutation ReopenExchangeEvent($id: ID!) { result: reopenExchangeEvent(id: $id) { ...ExchangeEventFields } }\n": typeof types.ReopenExchangeEventDocument,
    "\n  mutation Redeem($input: RedeemInput!) { result: redeem(input: $input) { ...RedemptionFields } }\n": typeof types.RedeemDocument,
    "\n  mutation CancelRedemption($id: ID!, $reason: String!) {\n    result: cancelRedemption(id: $id, reason: $reason) { ...RedemptionFields }\n  }\n": typeof types.CancelRedemptionDocument,
    "\n  fragment VolunteerTeamFields on VolunteerTeam {\n    id name kind leaderName memberCount townshipId villageId active createdAt updatedAt allowedActions\n  }\n": typeof types.VolunteerTeamFieldsFragmentDoc,
    "\n  fragment ServiceBrandFields on ServiceBrand {\n    id name description townshipId villageId active createdAt updatedAt allowedActions\n  }\n": typeof types.ServiceBrandFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id title date place description category status villageId teamId brandId pointsPerParticipant ruleId points\n    participantCount people confirmedAt cancelReason cancelledAt createdAt updatedAt allowedActions\n    attachments { ...AttachmentFields }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  fragment ActivityParticipantFields on ActivityParticipant {\n    id activityId householdId householdNumber headName people hours\n  }\n": typeof types.ActivityParticipantFieldsFragmentDoc,
    "\n  fragment CalendarDayFields on CalendarDay {\n    date kind name createdAt\n  }\n": typeof types.CalendarDayFieldsFragmentDoc,
    "\n    query VolunteerTeamList($filter: VolunteerTeamFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: volunteerTeams(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VolunteerTeamFields } total totalCapped }\n    }\n  ": typeof types.VolunteerTeamListDocument,
    "\n    query VolunteerTeamOne($id: ID!) { record: volunteerTeam(id: $id) { ...VolunteerTeamFields } }\n  ": typeof types.VolunteerTeamOneDocument,
    "\n    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {\n      record: createVolunteerTeam(input: $input) { ...VolunteerTeamFields }\n    }\n  ": typeof types.CreateVolunteerTeamDocument,
    "\n    mutation UpdateVolunteerTeam($id: ID!, $input: UpdateVolunteerTeamInput!) {\n      record: updateVolunteerTeam(id: $id, input: $input) { ...VolunteerTeamFields }\n    }\n  ": typeof types.UpdateVolunteerTeamDocument,
    "\n    query ServiceBrandList($filter: ServiceBrandFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: serviceBrands(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ServiceBrandFields } total totalCapped }\n    }\n  ": typeof types.ServiceBrandListDocument,
    "\n    query ServiceBrandOne($id: ID!) { record: serviceBrand(id: $id) { ...ServiceBrandFields } }\n  ": typeof types.ServiceBrandOneDocument,
    "\n    mutation CreateServiceBrand($input: CreateServiceBrandInput!) {\n      record: createServiceBrand(input: $input) { ...ServiceBrandFields }\n    }\n  ": typeof types.CreateServiceBrandDocument,
    "\n    mutation UpdateServiceBrand($id: ID!, $input: UpdateServiceBrandInput!) {\n      record: updateServiceBrand(id: $id, input: $input) { ...ServiceBrandFields }\n    }\n  ": typeof types.UpdateServiceBrandDocument,
    "\n    query ActivityList($filter: ActivityFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: activities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ActivityFields } total totalCapped }\n    }\n  ": typeof types.ActivityListDocument,
    "\n    query ActivityOne($id: ID!) { record: activity(id: $id) { ...ActivityFields } }\n  ": typeof types.ActivityOneDocument,
    "\n    mutation CreateActivity($input: CreateActivityInput!) { record: createActivity(input: $input) { ...ActivityFields } }\n  ": typeof types.CreateActivityDocument,
    "\n    mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n      record: updateActivity(id: $id, input: $input) { ...ActivityFields }\n    }\n  ": typeof types.UpdateActivityDocument,
    "\n  query ActivityDetail($id: ID!) {\n    result: activity(id: $id) { participants { ...ActivityParticipantFields } entries { ...PointEntryFields } }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  mutation RecordParticipation($activityId: ID!, $participants: [ParticipantInput!]!, $attachmentIds: [ID!]) {\n    result: recordParticipation(activityId: $activityId, participants: $participants, attachmentIds: $attachmentIds) { ...ActivityFields }\n  }\n": typeof types.RecordParticipationDocument,
    "\n  mutation ConfirmActivity($id: ID!, $idempotencyKey: String!) {\n    result: confirmActivity(id: $id, idempotencyKey: $idempotencyKey) { ...ActivityFields }\n  }\n": typeof types.ConfirmActivityDocument,
    "\n  mutation CancelActivity($id: ID!, $reason: String!, $idempotencyKey: String) {\n    result: cancelActivity(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...ActivityFields }\n  }\n": typeof types.CancelActivityDocument,
    "\n  query ActivityParticipations($filter: ParticipationFilter, $perPage: Int) {\n    result: activityParticipations(filter: $filter, page: 1, perPage: $perPage) {\n      items { ...ActivityParticipantFields activity { id title date place status points villageId } }\n      total\n    }\n  }\n": typeof types.ActivityParticipationsDocument,
    "\n  query CalendarDays($from: LocalDate!, $to: LocalDate!) {\n    result: calendarDays(from: $from, to: $to) { ...CalendarDayFields }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {\n    result: setCalendarDay(date: $date, kind: $kind, name: $name) { ...CalendarDayFields }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: LocalDate!) { result: removeCalendarDay(date: $date) }\n": typeof types.RemoveCalendarDayDocument,
};
const documents: Documents = {
    "\n  mutation ResetPassword($userId: ID!) {\n    result: resetPassword(userId: $userId) { temporaryPassword user { id username displayName mustChangePassword } }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation CreateVillageCommitteeAccounts($villageIds: [ID!]!) {\n    result: createVillageCommitteeAccounts(villageIds: $villageIds) {\n      village { id code name } outcome username temporaryPassword user { id displayName }\n    }\n  }\n": types.CreateVillageCommitteeAccountsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionFields }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CivicCategoryFields on CivicCategory {\n    id code name defaultChannel deadlineDays active createdAt updatedAt\n  }\n": types.CivicCategoryFieldsFragmentDoc,
    "\n  fragment CivicMatterFields on CivicMatter {\n    id code title content categoryId villageId townshipId address submitterHouseholdId submitterName submitterPhone\n    anonymous source urgency channel status dueDate overdue overdueWorkingDays reworkCount\n    resolution closeReason duplicateOfId receivedAt resolvedAt closedAt version\n    category { id name deadlineDays defaultChannel }\n    village { id name }\n    township { id name }\n    assignments {\n      id role state departmentId department { id name } villageId village { id name }\n      officialUserId personName dueDate resultNote reportedAt createdAt allowedActions\n    }\n    myAssignment { id role state dueDate allowedActions }\n    allowedActions assignableChannels\n    timeline { id type fromStatus toStatus actorName at note public data }\n    followUps { id method reached resolved satisfaction comment createdAt }\n    attachments { id url thumbnailUrl width height }\n  }\n": types.CivicMatterFieldsFragmentDoc,
    "\n  fragment CivicMatterTimelinePhotos on CivicMatter {\n    timeline { id attachments { id url thumbnailUrl width height } }\n  }\n": types.CivicMatterTimelinePhotosFragmentDoc,
    "\n  fragment CivicMatterStaffFields on CivicMatter {\n    ...CivicMatterFields\n    supervisionLevel\n    assignments { returnReason }\n    supervisions { id level reason responseDue status response answeredAt answeredByName endedAt createdAt allowedActions }\n    extensions { id assignmentId reason requestedDueDate requestedAt state decidedAt decisionNote }\n  }\n": types.CivicMatterStaffFieldsFragmentDoc,
    "\n    query CivicCategoryList($filter: CivicCategoryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicCategories(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicCategoryFields } total totalCapped }\n    }\n  ": types.CivicCategoryListDocument,
    "\n    query CivicCategoryOne($id: ID!) { record: civicCategory(id: $id) { ...CivicCategoryFields } }\n  ": types.CivicCategoryOneDocument,
    "\n    mutation CreateCivicCategory($input: CreateCivicCategoryInput!) {\n      record: createCivicCategory(input: $input) { ...CivicCategoryFields }\n    }\n  ": types.CreateCivicCategoryDocument,
    "\n    mutation UpdateCivicCategory($id: ID!, $input: UpdateCivicCategoryInput!) {\n      record: updateCivicCategory(id: $id, input: $input) { ...CivicCategoryFields }\n    }\n  ": types.UpdateCivicCategoryDocument,
    "\n    query CivicMatterList($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterStaffFields } total totalCapped }\n    }\n  ": types.CivicMatterListDocument,
    "\n    query CivicMatterOne($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterStaffFields ...CivicMatterTimelinePhotos } }\n  ": types.CivicMatterOneDocument,
    "\n    mutation SubmitCivicMatter($input: SubmitCivicMatterInput!) {\n      record: submitCivicMatter(input: $input) { ...CivicMatterStaffFields }\n    }\n  ": types.SubmitCivicMatterDocument,
    "\n    query CivicMatterListForResident($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterFields } total totalCapped }\n    }\n  ": types.CivicMatterListForResidentDocument,
    "\n    query CivicMatterOneForResident($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterFields ...CivicMatterTimelinePhotos } }\n  ": types.CivicMatterOneForResidentDocument,
    "\n    mutation SubmitCivicMatterForResident($input: SubmitCivicMatterInput!) {\n      record: submitCivicMatter(input: $input) { ...CivicMatterFields }\n    }\n  ": types.SubmitCivicMatterForResidentDocument,
    "\n  query LeadOfficials { result: leadOfficials { id displayName role departmentName townshipName } }\n": types.LeadOfficialsDocument,
    "\n  mutation AssignCivicMatter($id: ID!, $input: AssignCivicMatterInput!) {\n    result: assignCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": types.AssignCivicMatterDocument,
    "\n  mutation ChangeChannel($id: ID!, $input: ChangeChannelInput!) {\n    result: changeChannel(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": types.ChangeChannelDocument,
    "\n  mutation RejectCivicMatter($id: ID!, $reason: String!) {\n    result: rejectCivicMatter(id: $id, reason: $reason) { ...CivicMatterStaffFields }\n  }\n": types.RejectCivicMatterDocument,
    "\n  mutation MergeCivicMatter($id: ID!, $intoId: ID!, $note: String) {\n    result: mergeCivicMatter(id: $id, intoId: $intoId, note: $note) { ...CivicMatterStaffFields }\n  }\n": types.MergeCivicMatterDocument,
    "\n  mutation AcceptAssignment($assignmentId: ID!) {\n    result: acceptAssignment(assignmentId: $assignmentId) { ...CivicMatterStaffFields }\n  }\n": types.AcceptAssignmentDocument,
    "\n  mutation ReturnAssignment($assignmentId: ID!, $reason: String!) {\n    result: returnAssignment(assignmentId: $assignmentId, reason: $reason) { ...CivicMatterStaffFields }\n  }\n": types.ReturnAssignmentDocument,
    "\n  mutation ReportPart($input: ReportPartInput!) {\n    result: reportPart(input: $input) { ...CivicMatterStaffFields }\n  }\n": types.ReportPartDocument,
    "\n  mutation PostProgress($id: ID!, $input: ProgressInput!) {\n    result: postProgress(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": types.PostProgressDocument,
    "\n  mutation ResolveCivicMatter($id: ID!, $input: ResolveCivicMatterInput!) {\n    result: resolveCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": types.ResolveCivicMatterDocument,
    "\n  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n    result: recordFollowUp(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": types.RecordFollowUpDocument,
    "\n  mutation RateCivicMatter($id: ID!, $input: RateCivicMatterInput!) {\n    result: rateCivicMatter(id: $id, input: $input) { ...CivicMatterFields }\n  }\n": types.RateCivicMatterDocument,
    "\n  mutation SuperviseCivicMatter($id: ID!, $input: SuperviseInput!) {\n    result: superviseCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": types.SuperviseCivicMatterDocument,
    "\n  mutation AnswerSupervision($input: AnswerSupervisionInput!) {\n    result: answerSupervision(input: $input) { ...CivicMatterStaffFields }\n  }\n": types.AnswerSupervisionDocument,
    "\n  mutation RequestExtension($id: ID!, $input: ExtensionRequestInput!) {\n    result: requestExtension(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n": types.RequestExtensionDocument,
    "\n  mutation DecideExtension($extensionId: ID!, $approve: Boolean!, $note: String) {\n    result: decideExtension(extensionId: $extensionId, approve: $approve, note: $note) { ...CivicMatterStaffFields }\n  }\n": types.DecideExtensionDocument,
    "\n  fragment TownshipFields on Township {\n    id code name villageCount createdAt updatedAt\n  }\n": types.TownshipFieldsFragmentDoc,
    "\n  fragment VillageFields on Village {\n    id code name townshipId hasShop publicityDays rankingSize notifyPoints householdCount\n  }\n": types.VillageFieldsFragmentDoc,
    "\n  fragment DepartmentFields on Department {\n    id code name kind townshipId active\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n    query TownshipList($filter: TownshipFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: townships(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...TownshipFields } total totalCapped }\n    }\n  ": types.TownshipListDocument,
    "\n    query TownshipOne($id: ID!) { record: township(id: $id) { ...TownshipFields } }\n  ": types.TownshipOneDocument,
    "\n    mutation CreateTownship($input: CreateTownshipInput!) { record: createTownship(input: $input) { ...TownshipFields } }\n  ": types.CreateTownshipDocument,
    "\n    mutation UpdateTownship($id: ID!, $input: UpdateTownshipInput!) {\n      record: updateTownship(id: $id, input: $input) { ...TownshipFields }\n    }\n  ": types.UpdateTownshipDocument,
    "\n    query VillageList($filter: VillageFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: villages(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VillageFields } total totalCapped }\n    }\n  ": types.VillageListDocument,
    "\n    query VillageOne($id: ID!) { record: village(id: $id) { ...VillageFields } }\n  ": types.VillageOneDocument,
    "\n    mutation CreateVillage($input: CreateVillageInput!) { record: createVillage(input: $input) { ...VillageFields } }\n  ": types.CreateVillageDocument,
    "\n    mutation UpdateVillage($id: ID!, $input: UpdateVillageInput!) {\n      record: updateVillage(id: $id, input: $input) { ...VillageFields }\n    }\n  ": types.UpdateVillageDocument,
    "\n    query DepartmentList($filter: DepartmentFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: departments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...DepartmentFields } total totalCapped }\n    }\n  ": types.DepartmentListDocument,
    "\n    query DepartmentOne($id: ID!) { record: department(id: $id) { ...DepartmentFields } }\n  ": types.DepartmentOneDocument,
    "\n    mutation CreateDepartment($input: CreateDepartmentInput!) { record: createDepartment(input: $input) { ...DepartmentFields } }\n  ": types.CreateDepartmentDocument,
    "\n    mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n      record: updateDepartment(id: $id, input: $input) { ...DepartmentFields }\n    }\n  ": types.UpdateDepartmentDocument,
    "\n  fragment HouseholdFields on Household {\n    id villageId number headName memberCount phone address category status smsOptOut balance createdAt updatedAt allowedActions\n  }\n": types.HouseholdFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id username displayName role townshipId villageId departmentId householdId active mustChangePassword lastLoginAt createdAt\n    township { id name } village { id name } department { id name } household { id number headName }\n  }\n": types.UserFieldsFragmentDoc,
    "\n    query HouseholdList($filter: HouseholdFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...HouseholdFields } total totalCapped }\n    }\n  ": types.HouseholdListDocument,
    "\n    query HouseholdOne($id: ID!) { record: household(id: $id) { ...HouseholdFields } }\n  ": types.HouseholdOneDocument,
    "\n    mutation CreateHousehold($input: CreateHouseholdInput!) { record: createHousehold(input: $input) { ...HouseholdFields } }\n  ": types.CreateHouseholdDocument,
    "\n    mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n      record: updateHousehold(id: $id, input: $input) { ...HouseholdFields }\n    }\n  ": types.UpdateHouseholdDocument,
    "\n    mutation ArchiveHousehold($id: ID!) { record: archiveHousehold(id: $id) { ...HouseholdFields } }\n  ": types.ArchiveHouseholdDocument,
    "\n    query UserList($filter: UserFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...UserFields } total totalCapped }\n    }\n  ": types.UserListDocument,
    "\n    query UserOne($id: ID!) { record: user(id: $id) { ...UserFields } }\n  ": types.UserOneDocument,
    "\n    mutation CreateUser($input: CreateUserInput!) { record: createUser(input: $input) { ...UserFields } }\n  ": types.CreateUserDocument,
    "\n    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { record: updateUser(id: $id, input: $input) { ...UserFields } }\n  ": types.UpdateUserDocument,
    "\n  mutation ImportHouseholds($input: ImportHouseholdsInput!) {\n    result: importHouseholds(input: $input) {\n      dryRun ok total failed imported rows { row ok householdId errors { field code message duplicateOfRow } }\n    }\n  }\n": types.ImportHouseholdsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    user { id username displayName role townshipId villageId departmentId householdId mustChangePassword }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { ...SessionFields }\n  }\n": types.LoginDocument,
    "\n  query Notifications($unreadOnly: Boolean, $page: Int, $perPage: Int) {\n    result: notifications(unreadOnly: $unreadOnly, page: $page, perPage: $perPage) {\n      items { id kind title body link readAt createdAt }\n      total\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    result: unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    result: markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment ResidentAccountFields on ResidentAccount {\n    id username displayName phone active lastLoginAt createdAt\n  }\n": types.ResidentAccountFieldsFragmentDoc,
    "\n  mutation IssueResidentActivations($input: IssueResidentActivationsInput!) {\n    result: issueResidentActivations(input: $input) { householdId householdNumber headName villageName code expiresAt }\n  }\n": types.IssueResidentActivationsDocument,
    "\n  query HouseholdAccounts($id: ID!) {\n    result: household(id: $id) { id activationExpiresAt residentAccounts { ...ResidentAccountFields } }\n  }\n": types.HouseholdAccountsDocument,
    "\n  query VillageAccountHolders($villageId: ID!, $page: Int, $perPage: Int) {\n    result: households(filter: { villageId: $villageId }, page: $page, perPage: $perPage) {\n      items { id residentAccounts { id } } total\n    }\n  }\n": types.VillageAccountHoldersDocument,
    "\n  mutation SetResidentAccountActive($id: ID!, $active: Boolean!) {\n    result: setResidentAccountActive(id: $id, active: $active) { ...ResidentAccountFields }\n  }\n": types.SetResidentAccountActiveDocument,
    "\n  mutation ActivateResident($input: ActivateResidentInput!) {\n    result: activateResident(input: $input) { ...SessionFields }\n  }\n": types.ActivateResidentDocument,
    "\n  mutation RequestLoginCode($phone: String!) { result: requestLoginCode(phone: $phone) }\n": types.RequestLoginCodeDocument,
    "\n  mutation LoginWithCode($phone: String!, $code: String!) {\n    result: loginWithCode(phone: $phone, code: $code) { ...SessionFields }\n  }\n": types.LoginWithCodeDocument,
    "\n  query BackupStatus { result: backupStatus { scheduled keep stale last { name bytes at } } }\n": types.BackupStatusDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id url thumbnailUrl width height\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  query PhotoLimits { result: photoLimits { perRecord perProduct maxUploadBytes } }\n": types.PhotoLimitsDocument,
    "\n  fragment PointRuleFields on PointRule {\n    id category name description points villageId active createdAt updatedAt allowedActions\n  }\n": types.PointRuleFieldsFragmentDoc,
    "\n  fragment PointEntryFields on PointEntry {\n    id householdId villageId kind delta requestedDelta balanceAfter reason deedDate recordedAt recordedBy\n    ruleId batchId activityId redemptionId reversesEntryId allowedActions\n  }\n": types.PointEntryFieldsFragmentDoc,
    "\n  fragment AwardBatchFields on AwardBatch {\n    id villageId ruleId points reason note deedDate status publicityEndsOn postedAt withdrawnAt withdrawReason createdAt allowedActions\n    lines { id householdId householdNumber headName state removedReason objectionCount allowedActions }\n  }\n": types.AwardBatchFieldsFragmentDoc,
    "\n  fragment AwardBatchPhotoFields on AwardBatch {\n    attachments { ...AttachmentFields }\n    lines { id attachments { ...AttachmentFields } }\n  }\n": types.AwardBatchPhotoFieldsFragmentDoc,
    "\n  fragment AwardObjectionFields on AwardObjection {\n    id lineId reason createdAt\n  }\n": types.AwardObjectionFieldsFragmentDoc,
    "\n  fragment AwardBatchStaffFields on AwardBatch {\n    ...AwardBatchFields\n    objections { ...AwardObjectionFields }\n  }\n": types.AwardBatchStaffFieldsFragmentDoc,
    "\n    query PointRuleList($filter: PointRuleFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: pointRules(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...PointRuleFields } total totalCapped }\n    }\n  ": types.PointRuleListDocument,
    "\n    query PointRuleOne($id: ID!) { record: pointRule(id: $id) { ...PointRuleFields } }\n  ": types.PointRuleOneDocument,
    "\n    mutation CreatePointRule($input: CreatePointRuleInput!) { record: createPointRule(input: $input) { ...PointRuleFields } }\n  ": types.CreatePointRuleDocument,
    "\n    mutation UpdatePointRule($id: ID!, $input: UpdatePointRuleInput!) {\n      record: updatePointRule(id: $id, input: $input) { ...PointRuleFields }\n    }\n  ": types.UpdatePointRuleDocument,
    "\n    query PointEntryList($filter: PointEntryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: pointEntries(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n        items { ...PointEntryFields attachments { ...AttachmentFields } }\n        total totalCapped\n      }\n    }\n  ": types.PointEntryListDocument,
    "\n    query AwardBatchList($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchStaffFields } total totalCapped }\n    }\n  ": types.AwardBatchListDocument,
    "\n    query AwardBatchOne($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }\n  ": types.AwardBatchOneDocument,
    "\n    query AwardBatchListForResident($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchFields } total totalCapped }\n    }\n  ": types.AwardBatchListForResidentDocument,
    "\n    query AwardBatchOneForResident($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchFields ...AwardBatchPhotoFields } }\n  ": types.AwardBatchOneForResidentDocument,
    "\n  mutation AwardPoints($input: AwardPointsInput!) {\n    result: awardPoints(input: $input) {\n      entries { ...PointEntryFields attachments { ...AttachmentFields } }\n      batch { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n    }\n  }\n": types.AwardPointsDocument,
    "\n  mutation DeductPoints($input: DeductPointsInput!) { result: deductPoints(input: $input) { ...PointEntryFields } }\n": types.DeductPointsDocument,
    "\n  mutation ReversePointEntry($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    result: reversePointEntry(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...PointEntryFields }\n  }\n": types.ReversePointEntryDocument,
    "\n  query HouseholdPassbook($householdId: ID!, $from: LocalDate, $to: LocalDate) {\n    result: householdPassbook(householdId: $householdId, from: $from, to: $to) {\n      householdId householdNumber headName villageName from to\n      openingBalance closingBalance totalIn totalOut\n      entries { ...PointEntryFields attachments { ...AttachmentFields } }\n    }\n  }\n": types.HouseholdPassbookDocument,
    "\n  query VillagePassbooks($villageId: ID!, $from: LocalDate, $to: LocalDate) {\n    result: villagePassbooks(villageId: $villageId, from: $from, to: $to) {\n      householdId householdNumber headName villageName from to\n      openingBalance closingBalance totalIn totalOut\n      entries { ...PointEntryFields }\n    }\n  }\n": types.VillagePassbooksDocument,
    "\n  mutation PostAwardBatch($id: ID!) { result: postAwardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }\n": types.PostAwardBatchDocument,
    "\n  mutation WithdrawAwardBatch($id: ID!, $reason: String!) {\n    result: withdrawAwardBatch(id: $id, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n  }\n": types.WithdrawAwardBatchDocument,
    "\n  mutation RemoveAwardLine($lineId: ID!, $reason: String!) {\n    result: removeAwardLine(lineId: $lineId, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n  }\n": types.RemoveAwardLineDocument,
    "\n  mutation ObjectToAward($lineId: ID!, $reason: String!) {\n    result: objectToAward(lineId: $lineId, reason: $reason) { ...AwardObjectionFields }\n  }\n": types.ObjectToAwardDocument,
    "\n  query AwardBatchesWithPhotos($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n    result: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      items { ...AwardBatchFields ...AwardBatchPhotoFields }\n      total\n    }\n  }\n": types.AwardBatchesWithPhotosDocument,
    "\n  fragment PointsReportFields on PointsReport {\n    pointsAwarded pointsDeducted pointsRedeemed pointsRefunded netRedeemed\n    redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage\n  }\n": types.PointsReportFieldsFragmentDoc,
    "\n  fragment PointsMonthFields on PointsMonth { month pointsAwarded netRedeemed }\n": types.PointsMonthFieldsFragmentDoc,
    "\n  fragment CivicRateFields on CivicRate { numerator denominator rate }\n": types.CivicRateFieldsFragmentDoc,
    "\n  fragment CivicYearFields on CivicReport {\n    received overdue byChannel { channel count }\n    resolutionRate { ...CivicRateFields } onTimeRate { ...CivicRateFields } followUpRate { ...CivicRateFields }\n    satisfactionRate { ...CivicRateFields } reworkRate { ...CivicRateFields }\n  }\n": types.CivicYearFieldsFragmentDoc,
    "\n  fragment CivicMonthFields on CivicMonth { month received resolutionRate { ...CivicRateFields } }\n": types.CivicMonthFieldsFragmentDoc,
    "\n  fragment DistrictCountFields on DistrictCount { value monthly definition }\n": types.DistrictCountFieldsFragmentDoc,
    "\n  fragment DistrictTallyFields on DistrictTally { value definition }\n": types.DistrictTallyFieldsFragmentDoc,
    "\n  fragment DistrictRatioFields on DistrictRatio { numerator denominator rate definition }\n": types.DistrictRatioFieldsFragmentDoc,
    "\n  fragment DistrictRateFields on DistrictRate {\n    numerator denominator rate definition monthlyNumerator monthlyDenominator monthlyRate\n  }\n": types.DistrictRateFieldsFragmentDoc,
    "\n  fragment DistrictReportFields on DistrictReport {\n    year townshipId townshipName from to asOf timezone\n    shop {\n      villages { ...DistrictTallyFields } villagesWithShop { ...DistrictTallyFields } shopCoverage { ...DistrictRatioFields }\n      exchangeEvents { ...DistrictCountFields }\n      pointsRedeemed { ...DistrictCountFields } pointsRefunded { ...DistrictCountFields } netRedeemed { ...DistrictCountFields }\n      redeemingHouseholds { ...DistrictCountFields } redeemingPeople { ...DistrictCountFields }\n    }\n    volunteer {\n      activitiesHeld { ...DistrictCountFields } participations { ...DistrictCountFields } brandsActive { ...DistrictCountFields }\n      teams { ...DistrictTallyFields } teamMembers { ...DistrictTallyFields }\n    }\n    civic {\n      received { ...DistrictCountFields }\n      byChannel {\n        direct { ...DistrictCountFields } lead { ...DistrictCountFields } joint { ...DistrictCountFields }\n        supervised { ...DistrictCountFields } unassigned { ...DistrictCountFields }\n      }\n      resolutionRate { ...DistrictRateFields } satisfactionRate { ...DistrictRateFields }\n    }\n    households {\n      active { ...DistrictTallyFields } general { ...DistrictTallyFields }\n      lifted { ...DistrictTallyFields } monitored { ...DistrictTallyFields }\n    }\n  }\n": types.DistrictReportFieldsFragmentDoc,
    "\n  query PointsReport($filter: PointsReportFilter) { result: pointsReport(filter: $filter) { ...PointsReportFields } }\n": types.PointsReportDocument,
    "\n  query PointsRanking($villageId: ID!, $from: LocalDate, $to: LocalDate, $limit: Int) {\n    result: pointsRanking(villageId: $villageId, from: $from, to: $to, limit: $limit) {\n      villageId from to size rule { zh en }\n      red { rank householdId householdNumber headName earned deducted }\n      black { rank householdId householdNumber headName earned deducted }\n    }\n  }\n": types.PointsRankingDocument,
    "\n  query DistrictReport($year: Int!, $townshipId: ID) {\n    result: districtReport(year: $year, townshipId: $townshipId) { ...DistrictReportFields }\n  }\n": types.DistrictReportDocument,
    "\n  query PointsByMonth($filter: PointsReportFilter) {\n    result: pointsReport(filter: $filter) { ...PointsReportFields months { ...PointsMonthFields } }\n  }\n": types.PointsByMonthDocument,
    "\n  query CivicByMonth($filter: CivicReportFilter) {\n    result: civicReport(filter: $filter) {\n      ...CivicYearFields months { ...CivicMonthFields }\n      departmentWorkload { departmentId name open overdue partsUnreported supervisionsOverdue }\n    }\n  }\n": types.CivicByMonthDocument,
    "\n  fragment ProductFields on Product {\n    id villageId name unit price stock active createdAt updatedAt\n    attachments { ...AttachmentFields }\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  fragment ExchangeEventFields on ExchangeEvent {\n    id villageId date title status upcoming createdAt allowedActions\n  }\n": types.ExchangeEventFieldsFragmentDoc,
    "\n  fragment RedemptionFields on Redemption {\n    id householdId villageId eventId total status createdAt cancelledAt cancelReason recordedBy allowedActions\n    household { number headName }\n    lines { productId productName quantity unitPrice amount }\n  }\n": types.RedemptionFieldsFragmentDoc,
    "\n    query ProductList($filter: ProductFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: products(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ProductFields } total totalCapped }\n    }\n  ": types.ProductListDocument,
    "\n    query ProductOne($id: ID!) { record: product(id: $id) { ...ProductFields } }\n  ": types.ProductOneDocument,
    "\n    mutation CreateProduct($input: CreateProductInput!) { record: createProduct(input: $input) { ...ProductFields } }\n  ": types.CreateProductDocument,
    "\n    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { record: updateProduct(id: $id, input: $input) { ...ProductFields } }\n  ": types.UpdateProductDocument,
    "\n    query ExchangeEventList($filter: ExchangeEventFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: exchangeEvents(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ExchangeEventFields } total totalCapped }\n    }\n  ": types.ExchangeEventListDocument,
    "\n    query ExchangeEventOne($id: ID!) { record: exchangeEvent(id: $id) { ...ExchangeEventFields } }\n  ": types.ExchangeEventOneDocument,
    "\n    mutation CreateExchangeEvent($input: CreateExchangeEventInput!) {\n      record: createExchangeEvent(input: $input) { ...ExchangeEventFields }\n    }\n  ": types.CreateExchangeEventDocument,
    "\n    query RedemptionList($filter: RedemptionFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: redemptions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...RedemptionFields } total totalCapped }\n    }\n  ": types.RedemptionListDocument,
    "\n    query RedemptionOne($id: ID!) { record: redemption(id: $id) { ...RedemptionFields } }\n  ": types.RedemptionOneDocument,
    "\n  query RedemptionReceipt($id: ID!) {\n    result: redemption(id: $id) {\n      ...RedemptionFields\n      villageName eventTitle recorderName\n      entries { id kind delta balanceAfter recordedAt }\n    }\n  }\n": types.RedemptionReceiptDocument,
    "\n  mutation RestockProduct($id: ID!, $quantity: Int!, $reason: String!) {\n    result: restockProduct(id: $id, quantity: $quantity, reason: $reason) { ...ProductFields }\n  }\n": types.RestockProductDocument,
    "\n  query StockMovements($productId: ID!, $page: Int, $perPage: Int) {\n    result: stockMovements(productId: $productId, page: $page, perPage: $perPage) {\n      items { id productId delta reason recordedAt recordedBy }\n      total\n    }\n  }\n": types.StockMovementsDocument,
    "\n  mutation CloseExchangeEvent($id: ID!) { result: closeExchangeEvent(id: $id) { ...ExchangeEventFields } }\n": types.CloseExchangeEventDocument,
    "\n  mutation ReopenExchangeEvent($id: ID!) { result: reopenExchangeEvent(id: $id) { ...ExchangeEventFields } }\n": types.ReopenExchangeEventDocument,
    "\n  mutation Redeem($input: RedeemInput!) { result: redeem(input: $input) { ...RedemptionFields } }\n": types.RedeemDocument,
    "\n  mutation CancelRedemption($id: ID!, $reason: String!) {\n    result: cancelRedemption(id: $id, reason: $reason) { ...RedemptionFields }\n  }\n": types.CancelRedemptionDocument,
    "\n  fragment VolunteerTeamFields on VolunteerTeam {\n    id name kind leaderName memberCount townshipId villageId active createdAt updatedAt allowedActions\n  }\n": types.VolunteerTeamFieldsFragmentDoc,
    "\n  fragment ServiceBrandFields on ServiceBrand {\n    id name description townshipId villageId active createdAt updatedAt allowedActions\n  }\n": types.ServiceBrandFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id title date place description category status villageId teamId brandId pointsPerParticipant ruleId points\n    participantCount people confirmedAt cancelReason cancelledAt createdAt updatedAt allowedActions\n    attachments { ...AttachmentFields }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  fragment ActivityParticipantFields on ActivityParticipant {\n    id activityId householdId householdNumber headName people hours\n  }\n": types.ActivityParticipantFieldsFragmentDoc,
    "\n  fragment CalendarDayFields on CalendarDay {\n    date kind name createdAt\n  }\n": types.CalendarDayFieldsFragmentDoc,
    "\n    query VolunteerTeamList($filter: VolunteerTeamFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: volunteerTeams(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VolunteerTeamFields } total totalCapped }\n    }\n  ": types.VolunteerTeamListDocument,
    "\n    query VolunteerTeamOne($id: ID!) { record: volunteerTeam(id: $id) { ...VolunteerTeamFields } }\n  ": types.VolunteerTeamOneDocument,
    "\n    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {\n      record: createVolunteerTeam(input: $input) { ...VolunteerTeamFields }\n    }\n  ": types.CreateVolunteerTeamDocument,
    "\n    mutation UpdateVolunteerTeam($id: ID!, $input: UpdateVolunteerTeamInput!) {\n      record: updateVolunteerTeam(id: $id, input: $input) { ...VolunteerTeamFields }\n    }\n  ": types.UpdateVolunteerTeamDocument,
    "\n    query ServiceBrandList($filter: ServiceBrandFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: serviceBrands(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ServiceBrandFields } total totalCapped }\n    }\n  ": types.ServiceBrandListDocument,
    "\n    query ServiceBrandOne($id: ID!) { record: serviceBrand(id: $id) { ...ServiceBrandFields } }\n  ": types.ServiceBrandOneDocument,
    "\n    mutation CreateServiceBrand($input: CreateServiceBrandInput!) {\n      record: createServiceBrand(input: $input) { ...ServiceBrandFields }\n    }\n  ": types.CreateServiceBrandDocument,
    "\n    mutation UpdateServiceBrand($id: ID!, $input: UpdateServiceBrandInput!) {\n      record: updateServiceBrand(id: $id, input: $input) { ...ServiceBrandFields }\n    }\n  ": types.UpdateServiceBrandDocument,
    "\n    query ActivityList($filter: ActivityFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: activities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ActivityFields } total totalCapped }\n    }\n  ": types.ActivityListDocument,
    "\n    query ActivityOne($id: ID!) { record: activity(id: $id) { ...ActivityFields } }\n  ": types.ActivityOneDocument,
    "\n    mutation CreateActivity($input: CreateActivityInput!) { record: createActivity(input: $input) { ...ActivityFields } }\n  ": types.CreateActivityDocument,
    "\n    mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n      record: updateActivity(id: $id, input: $input) { ...ActivityFields }\n    }\n  ": types.UpdateActivityDocument,
    "\n  query ActivityDetail($id: ID!) {\n    result: activity(id: $id) { participants { ...ActivityParticipantFields } entries { ...PointEntryFields } }\n  }\n": types.ActivityDetailDocument,
    "\n  mutation RecordParticipation($activityId: ID!, $participants: [ParticipantInput!]!, $attachmentIds: [ID!]) {\n    result: recordParticipation(activityId: $activityId, participants: $participants, attachmentIds: $attachmentIds) { ...ActivityFields }\n  }\n": types.RecordParticipationDocument,
    "\n  mutation ConfirmActivity($id: ID!, $idempotencyKey: String!) {\n    result: confirmActivity(id: $id, idempotencyKey: $idempotencyKey) { ...ActivityFields }\n  }\n": types.ConfirmActivityDocument,
    "\n  mutation CancelActivity($id: ID!, $reason: String!, $idempotencyKey: String) {\n    result: cancelActivity(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...ActivityFields }\n  }\n": types.CancelActivityDocument,
    "\n  query ActivityParticipations($filter: ParticipationFilter, $perPage: Int) {\n    result: activityParticipations(filter: $filter, page: 1, perPage: $perPage) {\n      items { ...ActivityParticipantFields activity { id title date place status points villageId } }\n      total\n    }\n  }\n": types.ActivityParticipationsDocument,
    "\n  query CalendarDays($from: LocalDate!, $to: LocalDate!) {\n    result: calendarDays(from: $from, to: $to) { ...CalendarDayFields }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {\n    result: setCalendarDay(date: $date, kind: $kind, name: $name) { ...CalendarDayFields }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: LocalDate!) { result: removeCalendarDay(date: $date) }\n": types.RemoveCalendarDayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    result: resetPassword(userId: $userId) { temporaryPassword user { id username displayName mustChangePassword } }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVillageCommitteeAccounts($villageIds: [ID!]!) {\n    result: createVillageCommitteeAccounts(villageIds: $villageIds) {\n      village { id code name } outcome username temporaryPassword user { id displayName }\n    }\n  }\n"): typeof import('./graphql').CreateVillageCommitteeAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionFields }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivicCategoryFields on CivicCategory {\n    id code name defaultChannel deadlineDays active createdAt updatedAt\n  }\n"): typeof import('./graphql').CivicCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivicMatterFields on CivicMatter {\n    id code title content categoryId villageId townshipId address submitterHouseholdId submitterName submitterPhone\n    anonymous source urgency channel status dueDate overdue overdueWorkingDays reworkCount\n    resolution closeReason duplicateOfId receivedAt resolvedAt closedAt version\n    category { id name deadlineDays defaultChannel }\n    village { id name }\n    township { id name }\n    assignments {\n      id role state departmentId department { id name } villageId village { id name }\n      officialUserId personName dueDate resultNote reportedAt createdAt allowedActions\n    }\n    myAssignment { id role state dueDate allowedActions }\n    allowedActions assignableChannels\n    timeline { id type fromStatus toStatus actorName at note public data }\n    followUps { id method reached resolved satisfaction comment createdAt }\n    attachments { id url thumbnailUrl width height }\n  }\n"): typeof import('./graphql').CivicMatterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivicMatterTimelinePhotos on CivicMatter {\n    timeline { id attachments { id url thumbnailUrl width height } }\n  }\n"): typeof import('./graphql').CivicMatterTimelinePhotosFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivicMatterStaffFields on CivicMatter {\n    ...CivicMatterFields\n    supervisionLevel\n    assignments { returnReason }\n    supervisions { id level reason responseDue status response answeredAt answeredByName endedAt createdAt allowedActions }\n    extensions { id assignmentId reason requestedDueDate requestedAt state decidedAt decisionNote }\n  }\n"): typeof import('./graphql').CivicMatterStaffFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CivicCategoryList($filter: CivicCategoryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicCategories(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicCategoryFields } total totalCapped }\n    }\n  "): typeof import('./graphql').CivicCategoryListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CivicCategoryOne($id: ID!) { record: civicCategory(id: $id) { ...CivicCategoryFields } }\n  "): typeof import('./graphql').CivicCategoryOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateCivicCategory($input: CreateCivicCategoryInput!) {\n      record: createCivicCategory(input: $input) { ...CivicCategoryFields }\n    }\n  "): typeof import('./graphql').CreateCivicCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateCivicCategory($id: ID!, $input: UpdateCivicCategoryInput!) {\n      record: updateCivicCategory(id: $id, input: $input) { ...CivicCategoryFields }\n    }\n  "): typeof import('./graphql').UpdateCivicCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CivicMatterList($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterStaffFields } total totalCapped }\n    }\n  "): typeof import('./graphql').CivicMatterListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CivicMatterOne($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterStaffFields ...CivicMatterTimelinePhotos } }\n  "): typeof import('./graphql').CivicMatterOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitCivicMatter($input: SubmitCivicMatterInput!) {\n      record: submitCivicMatter(input: $input) { ...CivicMatterStaffFields }\n    }\n  "): typeof import('./graphql').SubmitCivicMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CivicMatterListForResident($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...CivicMatterFields } total totalCapped }\n    }\n  "): typeof import('./graphql').CivicMatterListForResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CivicMatterOneForResident($id: ID!) { record: civicMatter(id: $id) { ...CivicMatterFields ...CivicMatterTimelinePhotos } }\n  "): typeof import('./graphql').CivicMatterOneForResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitCivicMatterForResident($input: SubmitCivicMatterInput!) {\n      record: submitCivicMatter(input: $input) { ...CivicMatterFields }\n    }\n  "): typeof import('./graphql').SubmitCivicMatterForResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadOfficials { result: leadOfficials { id displayName role departmentName townshipName } }\n"): typeof import('./graphql').LeadOfficialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCivicMatter($id: ID!, $input: AssignCivicMatterInput!) {\n    result: assignCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').AssignCivicMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeChannel($id: ID!, $input: ChangeChannelInput!) {\n    result: changeChannel(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').ChangeChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCivicMatter($id: ID!, $reason: String!) {\n    result: rejectCivicMatter(id: $id, reason: $reason) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').RejectCivicMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCivicMatter($id: ID!, $intoId: ID!, $note: String) {\n    result: mergeCivicMatter(id: $id, intoId: $intoId, note: $note) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').MergeCivicMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAssignment($assignmentId: ID!) {\n    result: acceptAssignment(assignmentId: $assignmentId) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').AcceptAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnAssignment($assignmentId: ID!, $reason: String!) {\n    result: returnAssignment(assignmentId: $assignmentId, reason: $reason) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').ReturnAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPart($input: ReportPartInput!) {\n    result: reportPart(input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').ReportPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostProgress($id: ID!, $input: ProgressInput!) {\n    result: postProgress(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').PostProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCivicMatter($id: ID!, $input: ResolveCivicMatterInput!) {\n    result: resolveCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').ResolveCivicMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n    result: recordFollowUp(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').RecordFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCivicMatter($id: ID!, $input: RateCivicMatterInput!) {\n    result: rateCivicMatter(id: $id, input: $input) { ...CivicMatterFields }\n  }\n"): typeof import('./graphql').RateCivicMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseCivicMatter($id: ID!, $input: SuperviseInput!) {\n    result: superviseCivicMatter(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').SuperviseCivicMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSupervision($input: AnswerSupervisionInput!) {\n    result: answerSupervision(input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').AnswerSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtension($id: ID!, $input: ExtensionRequestInput!) {\n    result: requestExtension(id: $id, input: $input) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').RequestExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideExtension($extensionId: ID!, $approve: Boolean!, $note: String) {\n    result: decideExtension(extensionId: $extensionId, approve: $approve, note: $note) { ...CivicMatterStaffFields }\n  }\n"): typeof import('./graphql').DecideExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TownshipFields on Township {\n    id code name villageCount createdAt updatedAt\n  }\n"): typeof import('./graphql').TownshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VillageFields on Village {\n    id code name townshipId hasShop publicityDays rankingSize notifyPoints householdCount\n  }\n"): typeof import('./graphql').VillageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id code name kind townshipId active\n  }\n"): typeof import('./graphql').DepartmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TownshipList($filter: TownshipFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: townships(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...TownshipFields } total totalCapped }\n    }\n  "): typeof import('./graphql').TownshipListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TownshipOne($id: ID!) { record: township(id: $id) { ...TownshipFields } }\n  "): typeof import('./graphql').TownshipOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateTownship($input: CreateTownshipInput!) { record: createTownship(input: $input) { ...TownshipFields } }\n  "): typeof import('./graphql').CreateTownshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateTownship($id: ID!, $input: UpdateTownshipInput!) {\n      record: updateTownship(id: $id, input: $input) { ...TownshipFields }\n    }\n  "): typeof import('./graphql').UpdateTownshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VillageList($filter: VillageFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: villages(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VillageFields } total totalCapped }\n    }\n  "): typeof import('./graphql').VillageListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VillageOne($id: ID!) { record: village(id: $id) { ...VillageFields } }\n  "): typeof import('./graphql').VillageOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateVillage($input: CreateVillageInput!) { record: createVillage(input: $input) { ...VillageFields } }\n  "): typeof import('./graphql').CreateVillageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateVillage($id: ID!, $input: UpdateVillageInput!) {\n      record: updateVillage(id: $id, input: $input) { ...VillageFields }\n    }\n  "): typeof import('./graphql').UpdateVillageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DepartmentList($filter: DepartmentFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: departments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...DepartmentFields } total totalCapped }\n    }\n  "): typeof import('./graphql').DepartmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DepartmentOne($id: ID!) { record: department(id: $id) { ...DepartmentFields } }\n  "): typeof import('./graphql').DepartmentOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateDepartment($input: CreateDepartmentInput!) { record: createDepartment(input: $input) { ...DepartmentFields } }\n  "): typeof import('./graphql').CreateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n      record: updateDepartment(id: $id, input: $input) { ...DepartmentFields }\n    }\n  "): typeof import('./graphql').UpdateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdFields on Household {\n    id villageId number headName memberCount phone address category status smsOptOut balance createdAt updatedAt allowedActions\n  }\n"): typeof import('./graphql').HouseholdFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id username displayName role townshipId villageId departmentId householdId active mustChangePassword lastLoginAt createdAt\n    township { id name } village { id name } department { id name } household { id number headName }\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HouseholdList($filter: HouseholdFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...HouseholdFields } total totalCapped }\n    }\n  "): typeof import('./graphql').HouseholdListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HouseholdOne($id: ID!) { record: household(id: $id) { ...HouseholdFields } }\n  "): typeof import('./graphql').HouseholdOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateHousehold($input: CreateHouseholdInput!) { record: createHousehold(input: $input) { ...HouseholdFields } }\n  "): typeof import('./graphql').CreateHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {\n      record: updateHousehold(id: $id, input: $input) { ...HouseholdFields }\n    }\n  "): typeof import('./graphql').UpdateHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ArchiveHousehold($id: ID!) { record: archiveHousehold(id: $id) { ...HouseholdFields } }\n  "): typeof import('./graphql').ArchiveHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UserList($filter: UserFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...UserFields } total totalCapped }\n    }\n  "): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UserOne($id: ID!) { record: user(id: $id) { ...UserFields } }\n  "): typeof import('./graphql').UserOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateUser($input: CreateUserInput!) { record: createUser(input: $input) { ...UserFields } }\n  "): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { record: updateUser(id: $id, input: $input) { ...UserFields } }\n  "): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHouseholds($input: ImportHouseholdsInput!) {\n    result: importHouseholds(input: $input) {\n      dryRun ok total failed imported rows { row ok householdId errors { field code message duplicateOfRow } }\n    }\n  }\n"): typeof import('./graphql').ImportHouseholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    token\n    user { id username displayName role townshipId villageId departmentId householdId mustChangePassword }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { ...SessionFields }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $page: Int, $perPage: Int) {\n    result: notifications(unreadOnly: $unreadOnly, page: $page, perPage: $perPage) {\n      items { id kind title body link readAt createdAt }\n      total\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    result: unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    result: markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentAccountFields on ResidentAccount {\n    id username displayName phone active lastLoginAt createdAt\n  }\n"): typeof import('./graphql').ResidentAccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueResidentActivations($input: IssueResidentActivationsInput!) {\n    result: issueResidentActivations(input: $input) { householdId householdNumber headName villageName code expiresAt }\n  }\n"): typeof import('./graphql').IssueResidentActivationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdAccounts($id: ID!) {\n    result: household(id: $id) { id activationExpiresAt residentAccounts { ...ResidentAccountFields } }\n  }\n"): typeof import('./graphql').HouseholdAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageAccountHolders($villageId: ID!, $page: Int, $perPage: Int) {\n    result: households(filter: { villageId: $villageId }, page: $page, perPage: $perPage) {\n      items { id residentAccounts { id } } total\n    }\n  }\n"): typeof import('./graphql').VillageAccountHoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResidentAccountActive($id: ID!, $active: Boolean!) {\n    result: setResidentAccountActive(id: $id, active: $active) { ...ResidentAccountFields }\n  }\n"): typeof import('./graphql').SetResidentAccountActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateResident($input: ActivateResidentInput!) {\n    result: activateResident(input: $input) { ...SessionFields }\n  }\n"): typeof import('./graphql').ActivateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginCode($phone: String!) { result: requestLoginCode(phone: $phone) }\n"): typeof import('./graphql').RequestLoginCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithCode($phone: String!, $code: String!) {\n    result: loginWithCode(phone: $phone, code: $code) { ...SessionFields }\n  }\n"): typeof import('./graphql').LoginWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupStatus { result: backupStatus { scheduled keep stale last { name bytes at } } }\n"): typeof import('./graphql').BackupStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id url thumbnailUrl width height\n  }\n"): typeof import('./graphql').AttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhotoLimits { result: photoLimits { perRecord perProduct maxUploadBytes } }\n"): typeof import('./graphql').PhotoLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointRuleFields on PointRule {\n    id category name description points villageId active createdAt updatedAt allowedActions\n  }\n"): typeof import('./graphql').PointRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointEntryFields on PointEntry {\n    id householdId villageId kind delta requestedDelta balanceAfter reason deedDate recordedAt recordedBy\n    ruleId batchId activityId redemptionId reversesEntryId allowedActions\n  }\n"): typeof import('./graphql').PointEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardBatchFields on AwardBatch {\n    id villageId ruleId points reason note deedDate status publicityEndsOn postedAt withdrawnAt withdrawReason createdAt allowedActions\n    lines { id householdId householdNumber headName state removedReason objectionCount allowedActions }\n  }\n"): typeof import('./graphql').AwardBatchFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardBatchPhotoFields on AwardBatch {\n    attachments { ...AttachmentFields }\n    lines { id attachments { ...AttachmentFields } }\n  }\n"): typeof import('./graphql').AwardBatchPhotoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardObjectionFields on AwardObjection {\n    id lineId reason createdAt\n  }\n"): typeof import('./graphql').AwardObjectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardBatchStaffFields on AwardBatch {\n    ...AwardBatchFields\n    objections { ...AwardObjectionFields }\n  }\n"): typeof import('./graphql').AwardBatchStaffFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PointRuleList($filter: PointRuleFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: pointRules(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...PointRuleFields } total totalCapped }\n    }\n  "): typeof import('./graphql').PointRuleListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PointRuleOne($id: ID!) { record: pointRule(id: $id) { ...PointRuleFields } }\n  "): typeof import('./graphql').PointRuleOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreatePointRule($input: CreatePointRuleInput!) { record: createPointRule(input: $input) { ...PointRuleFields } }\n  "): typeof import('./graphql').CreatePointRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdatePointRule($id: ID!, $input: UpdatePointRuleInput!) {\n      record: updatePointRule(id: $id, input: $input) { ...PointRuleFields }\n    }\n  "): typeof import('./graphql').UpdatePointRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PointEntryList($filter: PointEntryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: pointEntries(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n        items { ...PointEntryFields attachments { ...AttachmentFields } }\n        total totalCapped\n      }\n    }\n  "): typeof import('./graphql').PointEntryListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AwardBatchList($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchStaffFields } total totalCapped }\n    }\n  "): typeof import('./graphql').AwardBatchListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AwardBatchOne($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }\n  "): typeof import('./graphql').AwardBatchOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AwardBatchListForResident($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...AwardBatchFields } total totalCapped }\n    }\n  "): typeof import('./graphql').AwardBatchListForResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AwardBatchOneForResident($id: ID!) { record: awardBatch(id: $id) { ...AwardBatchFields ...AwardBatchPhotoFields } }\n  "): typeof import('./graphql').AwardBatchOneForResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardPoints($input: AwardPointsInput!) {\n    result: awardPoints(input: $input) {\n      entries { ...PointEntryFields attachments { ...AttachmentFields } }\n      batch { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n    }\n  }\n"): typeof import('./graphql').AwardPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeductPoints($input: DeductPointsInput!) { result: deductPoints(input: $input) { ...PointEntryFields } }\n"): typeof import('./graphql').DeductPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReversePointEntry($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    result: reversePointEntry(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...PointEntryFields }\n  }\n"): typeof import('./graphql').ReversePointEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdPassbook($householdId: ID!, $from: LocalDate, $to: LocalDate) {\n    result: householdPassbook(householdId: $householdId, from: $from, to: $to) {\n      householdId householdNumber headName villageName from to\n      openingBalance closingBalance totalIn totalOut\n      entries { ...PointEntryFields attachments { ...AttachmentFields } }\n    }\n  }\n"): typeof import('./graphql').HouseholdPassbookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillagePassbooks($villageId: ID!, $from: LocalDate, $to: LocalDate) {\n    result: villagePassbooks(villageId: $villageId, from: $from, to: $to) {\n      householdId householdNumber headName villageName from to\n      openingBalance closingBalance totalIn totalOut\n      entries { ...PointEntryFields }\n    }\n  }\n"): typeof import('./graphql').VillagePassbooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAwardBatch($id: ID!) { result: postAwardBatch(id: $id) { ...AwardBatchStaffFields ...AwardBatchPhotoFields } }\n"): typeof import('./graphql').PostAwardBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAwardBatch($id: ID!, $reason: String!) {\n    result: withdrawAwardBatch(id: $id, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n  }\n"): typeof import('./graphql').WithdrawAwardBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAwardLine($lineId: ID!, $reason: String!) {\n    result: removeAwardLine(lineId: $lineId, reason: $reason) { ...AwardBatchStaffFields ...AwardBatchPhotoFields }\n  }\n"): typeof import('./graphql').RemoveAwardLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToAward($lineId: ID!, $reason: String!) {\n    result: objectToAward(lineId: $lineId, reason: $reason) { ...AwardObjectionFields }\n  }\n"): typeof import('./graphql').ObjectToAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardBatchesWithPhotos($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n    result: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {\n      items { ...AwardBatchFields ...AwardBatchPhotoFields }\n      total\n    }\n  }\n"): typeof import('./graphql').AwardBatchesWithPhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsReportFields on PointsReport {\n    pointsAwarded pointsDeducted pointsRedeemed pointsRefunded netRedeemed\n    redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage\n  }\n"): typeof import('./graphql').PointsReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsMonthFields on PointsMonth { month pointsAwarded netRedeemed }\n"): typeof import('./graphql').PointsMonthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivicRateFields on CivicRate { numerator denominator rate }\n"): typeof import('./graphql').CivicRateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivicYearFields on CivicReport {\n    received overdue byChannel { channel count }\n    resolutionRate { ...CivicRateFields } onTimeRate { ...CivicRateFields } followUpRate { ...CivicRateFields }\n    satisfactionRate { ...CivicRateFields } reworkRate { ...CivicRateFields }\n  }\n"): typeof import('./graphql').CivicYearFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivicMonthFields on CivicMonth { month received resolutionRate { ...CivicRateFields } }\n"): typeof import('./graphql').CivicMonthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictCountFields on DistrictCount { value monthly definition }\n"): typeof import('./graphql').DistrictCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictTallyFields on DistrictTally { value definition }\n"): typeof import('./graphql').DistrictTallyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictRatioFields on DistrictRatio { numerator denominator rate definition }\n"): typeof import('./graphql').DistrictRatioFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictRateFields on DistrictRate {\n    numerator denominator rate definition monthlyNumerator monthlyDenominator monthlyRate\n  }\n"): typeof import('./graphql').DistrictRateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictReportFields on DistrictReport {\n    year townshipId townshipName from to asOf timezone\n    shop {\n      villages { ...DistrictTallyFields } villagesWithShop { ...DistrictTallyFields } shopCoverage { ...DistrictRatioFields }\n      exchangeEvents { ...DistrictCountFields }\n      pointsRedeemed { ...DistrictCountFields } pointsRefunded { ...DistrictCountFields } netRedeemed { ...DistrictCountFields }\n      redeemingHouseholds { ...DistrictCountFields } redeemingPeople { ...DistrictCountFields }\n    }\n    volunteer {\n      activitiesHeld { ...DistrictCountFields } participations { ...DistrictCountFields } brandsActive { ...DistrictCountFields }\n      teams { ...DistrictTallyFields } teamMembers { ...DistrictTallyFields }\n    }\n    civic {\n      received { ...DistrictCountFields }\n      byChannel {\n        direct { ...DistrictCountFields } lead { ...DistrictCountFields } joint { ...DistrictCountFields }\n        supervised { ...DistrictCountFields } unassigned { ...DistrictCountFields }\n      }\n      resolutionRate { ...DistrictRateFields } satisfactionRate { ...DistrictRateFields }\n    }\n    households {\n      active { ...DistrictTallyFields } general { ...DistrictTallyFields }\n      lifted { ...DistrictTallyFields } monitored { ...DistrictTallyFields }\n    }\n  }\n"): typeof import('./graphql').DistrictReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsReport($filter: PointsReportFilter) { result: pointsReport(filter: $filter) { ...PointsReportFields } }\n"): typeof import('./graphql').PointsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRanking($villageId: ID!, $from: LocalDate, $to: LocalDate, $limit: Int) {\n    result: pointsRanking(villageId: $villageId, from: $from, to: $to, limit: $limit) {\n      villageId from to size rule { zh en }\n      red { rank householdId householdNumber headName earned deducted }\n      black { rank householdId householdNumber headName earned deducted }\n    }\n  }\n"): typeof import('./graphql').PointsRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictReport($year: Int!, $townshipId: ID) {\n    result: districtReport(year: $year, townshipId: $townshipId) { ...DistrictReportFields }\n  }\n"): typeof import('./graphql').DistrictReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsByMonth($filter: PointsReportFilter) {\n    result: pointsReport(filter: $filter) { ...PointsReportFields months { ...PointsMonthFields } }\n  }\n"): typeof import('./graphql').PointsByMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CivicByMonth($filter: CivicReportFilter) {\n    result: civicReport(filter: $filter) {\n      ...CivicYearFields months { ...CivicMonthFields }\n      departmentWorkload { departmentId name open overdue partsUnreported supervisionsOverdue }\n    }\n  }\n"): typeof import('./graphql').CivicByMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    id villageId name unit price stock active createdAt updatedAt\n    attachments { ...AttachmentFields }\n  }\n"): typeof import('./graphql').ProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeEventFields on ExchangeEvent {\n    id villageId date title status upcoming createdAt allowedActions\n  }\n"): typeof import('./graphql').ExchangeEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RedemptionFields on Redemption {\n    id householdId villageId eventId total status createdAt cancelledAt cancelReason recordedBy allowedActions\n    household { number headName }\n    lines { productId productName quantity unitPrice amount }\n  }\n"): typeof import('./graphql').RedemptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProductList($filter: ProductFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: products(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ProductFields } total totalCapped }\n    }\n  "): typeof import('./graphql').ProductListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProductOne($id: ID!) { record: product(id: $id) { ...ProductFields } }\n  "): typeof import('./graphql').ProductOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateProduct($input: CreateProductInput!) { record: createProduct(input: $input) { ...ProductFields } }\n  "): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { record: updateProduct(id: $id, input: $input) { ...ProductFields } }\n  "): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ExchangeEventList($filter: ExchangeEventFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: exchangeEvents(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ExchangeEventFields } total totalCapped }\n    }\n  "): typeof import('./graphql').ExchangeEventListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ExchangeEventOne($id: ID!) { record: exchangeEvent(id: $id) { ...ExchangeEventFields } }\n  "): typeof import('./graphql').ExchangeEventOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateExchangeEvent($input: CreateExchangeEventInput!) {\n      record: createExchangeEvent(input: $input) { ...ExchangeEventFields }\n    }\n  "): typeof import('./graphql').CreateExchangeEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RedemptionList($filter: RedemptionFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: redemptions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...RedemptionFields } total totalCapped }\n    }\n  "): typeof import('./graphql').RedemptionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RedemptionOne($id: ID!) { record: redemption(id: $id) { ...RedemptionFields } }\n  "): typeof import('./graphql').RedemptionOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedemptionReceipt($id: ID!) {\n    result: redemption(id: $id) {\n      ...RedemptionFields\n      villageName eventTitle recorderName\n      entries { id kind delta balanceAfter recordedAt }\n    }\n  }\n"): typeof import('./graphql').RedemptionReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestockProduct($id: ID!, $quantity: Int!, $reason: String!) {\n    result: restockProduct(id: $id, quantity: $quantity, reason: $reason) { ...ProductFields }\n  }\n"): typeof import('./graphql').RestockProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockMovements($productId: ID!, $page: Int, $perPage: Int) {\n    result: stockMovements(productId: $productId, page: $page, perPage: $perPage) {\n      items { id productId delta reason recordedAt recordedBy }\n      total\n    }\n  }\n"): typeof import('./graphql').StockMovementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseExchangeEvent($id: ID!) { result: closeExchangeEvent(id: $id) { ...ExchangeEventFields } }\n"): typeof import('./graphql').CloseExchangeEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenExchangeEvent($id: ID!) { result: reopenExchangeEvent(id: $id) { ...ExchangeEventFields } }\n"): typeof import('./graphql').ReopenExchangeEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redeem($input: RedeemInput!) { result: redeem(input: $input) { ...RedemptionFields } }\n"): typeof import('./graphql').RedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRedemption($id: ID!, $reason: String!) {\n    result: cancelRedemption(id: $id, reason: $reason) { ...RedemptionFields }\n  }\n"): typeof import('./graphql').CancelRedemptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerTeamFields on VolunteerTeam {\n    id name kind leaderName memberCount townshipId villageId active createdAt updatedAt allowedActions\n  }\n"): typeof import('./graphql').VolunteerTeamFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceBrandFields on ServiceBrand {\n    id name description townshipId villageId active createdAt updatedAt allowedActions\n  }\n"): typeof import('./graphql').ServiceBrandFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id title date place description category status villageId teamId brandId pointsPerParticipant ruleId points\n    participantCount people confirmedAt cancelReason cancelledAt createdAt updatedAt allowedActions\n    attachments { ...AttachmentFields }\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityParticipantFields on ActivityParticipant {\n    id activityId householdId householdNumber headName people hours\n  }\n"): typeof import('./graphql').ActivityParticipantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarDayFields on CalendarDay {\n    date kind name createdAt\n  }\n"): typeof import('./graphql').CalendarDayFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VolunteerTeamList($filter: VolunteerTeamFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: volunteerTeams(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...VolunteerTeamFields } total totalCapped }\n    }\n  "): typeof import('./graphql').VolunteerTeamListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VolunteerTeamOne($id: ID!) { record: volunteerTeam(id: $id) { ...VolunteerTeamFields } }\n  "): typeof import('./graphql').VolunteerTeamOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {\n      record: createVolunteerTeam(input: $input) { ...VolunteerTeamFields }\n    }\n  "): typeof import('./graphql').CreateVolunteerTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateVolunteerTeam($id: ID!, $input: UpdateVolunteerTeamInput!) {\n      record: updateVolunteerTeam(id: $id, input: $input) { ...VolunteerTeamFields }\n    }\n  "): typeof import('./graphql').UpdateVolunteerTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ServiceBrandList($filter: ServiceBrandFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: serviceBrands(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ServiceBrandFields } total totalCapped }\n    }\n  "): typeof import('./graphql').ServiceBrandListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ServiceBrandOne($id: ID!) { record: serviceBrand(id: $id) { ...ServiceBrandFields } }\n  "): typeof import('./graphql').ServiceBrandOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateServiceBrand($input: CreateServiceBrandInput!) {\n      record: createServiceBrand(input: $input) { ...ServiceBrandFields }\n    }\n  "): typeof import('./graphql').CreateServiceBrandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateServiceBrand($id: ID!, $input: UpdateServiceBrandInput!) {\n      record: updateServiceBrand(id: $id, input: $input) { ...ServiceBrandFields }\n    }\n  "): typeof import('./graphql').UpdateServiceBrandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ActivityList($filter: ActivityFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {\n      page: activities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ...ActivityFields } total totalCapped }\n    }\n  "): typeof import('./graphql').ActivityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ActivityOne($id: ID!) { record: activity(id: $id) { ...ActivityFields } }\n  "): typeof import('./graphql').ActivityOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateActivity($input: CreateActivityInput!) { record: createActivity(input: $input) { ...ActivityFields } }\n  "): typeof import('./graphql').CreateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n      record: updateActivity(id: $id, input: $input) { ...ActivityFields }\n    }\n  "): typeof import('./graphql').UpdateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($id: ID!) {\n    result: activity(id: $id) { participants { ...ActivityParticipantFields } entries { ...PointEntryFields } }\n  }\n"): typeof import('./graphql').ActivityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordParticipation($activityId: ID!, $participants: [ParticipantInput!]!, $attachmentIds: [ID!]) {\n    result: recordParticipation(activityId: $activityId, participants: $participants, attachmentIds: $attachmentIds) { ...ActivityFields }\n  }\n"): typeof import('./graphql').RecordParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmActivity($id: ID!, $idempotencyKey: String!) {\n    result: confirmActivity(id: $id, idempotencyKey: $idempotencyKey) { ...ActivityFields }\n  }\n"): typeof import('./graphql').ConfirmActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActivity($id: ID!, $reason: String!, $idempotencyKey: String) {\n    result: cancelActivity(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...ActivityFields }\n  }\n"): typeof import('./graphql').CancelActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityParticipations($filter: ParticipationFilter, $perPage: Int) {\n    result: activityParticipations(filter: $filter, page: 1, perPage: $perPage) {\n      items { ...ActivityParticipantFields activity { id title date place status points villageId } }\n      total\n    }\n  }\n"): typeof import('./graphql').ActivityParticipationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDays($from: LocalDate!, $to: LocalDate!) {\n    result: calendarDays(from: $from, to: $to) { ...CalendarDayFields }\n  }\n"): typeof import('./graphql').CalendarDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {\n    result: setCalendarDay(date: $date, kind: $kind, name: $name) { ...CalendarDayFields }\n  }\n"): typeof import('./graphql').SetCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: LocalDate!) { result: removeCalendarDay(date: $date) }\n"): typeof import('./graphql').RemoveCalendarDayDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
