/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation ArrivalsSetStatus($id: ID!, $version: Int!, $status: AppointmentStatus!) {\n    setAppointmentStatus(id: $id, version: $version, status: $status) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ArrivalsSetStatusDocument,
    "\n  mutation ArrivalsTokenizeCard($card: CardInput!) {\n    tokenizeCard(card: $card) {\n      token\n      brand\n      last4\n    }\n  }\n": typeof types.ArrivalsTokenizeCardDocument,
    "\n  mutation ArrivalsCollectPayment($input: CollectPaymentInput!) {\n    collectPayment(input: $input) {\n      id\n      status\n      declineReason\n      cardBrand\n      cardLast4\n      amountCents\n    }\n  }\n": typeof types.ArrivalsCollectPaymentDocument,
    "\n  query ArrivalsFacilities {\n    facilities {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.ArrivalsFacilitiesDocument,
    "\n  query Arrivals($facilityId: ID!, $date: Date!) {\n    arrivals(facilityId: $facilityId, date: $date) {\n      patientId\n      copayDueCents\n      balanceCents\n      missingItems\n      appointment {\n        id\n        version\n        startsAt\n        endsAt\n        status\n        providerName\n        roomName\n        appointmentTypeName\n        attendees {\n          patientId\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ArrivalsDocument,
    "\n  subscription ArrivalsCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n    }\n  }\n": typeof types.ArrivalsCalendarChangedDocument,
    "\n  fragment AppointmentPanel_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerName\n    providerColor\n    roomName\n    appointmentTypeName\n    color\n    telehealth\n    telehealthUrl\n    cancelReason\n    overriddenWarnings\n    overrideReason\n    seriesId\n    recurrence\n    attendees {\n      patientId\n      displayName\n      attendance\n    }\n  }\n": typeof types.AppointmentPanel_AppointmentFragmentDoc,
    "\n  mutation SetAppointmentStatus($id: ID!, $status: AppointmentStatus!, $version: Int!) {\n    setAppointmentStatus(id: $id, status: $status, version: $version) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": typeof types.SetAppointmentStatusDocument,
    "\n  mutation CancelAppointment($id: ID!, $input: CancelAppointmentInput!) {\n    cancelAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  query BookingPatientSearch($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      nodes {\n        id\n        mrn\n        legalFirstName\n        legalLastName\n        preferredName\n        dateOfBirth\n      }\n    }\n  }\n": typeof types.BookingPatientSearchDocument,
    "\n  fragment ScheduleGrid_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerId\n    roomId\n    roomName\n    appointmentTypeId\n    appointmentTypeName\n    color\n    telehealth\n    seriesId\n    attendees {\n      patientId\n      displayName\n    }\n  }\n": typeof types.ScheduleGrid_AppointmentFragmentDoc,
    "\n  mutation RescheduleAppointment($id: ID!, $input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  query FrontDeskCalendarSetup {\n    facilities {\n      id\n      name\n      city\n      timeZone\n      rooms {\n        id\n        name\n      }\n    }\n    appointmentTypes {\n      id\n      name\n      color\n      defaultMinutes\n      telehealth\n      group\n    }\n    workingHours {\n      id\n      providerId\n      facilityId\n      weekday\n      startTime\n      endTime\n    }\n    staff {\n      id\n      displayName\n      firstName\n      lastName\n      calendarColor\n      roles\n      active\n    }\n  }\n": typeof types.FrontDeskCalendarSetupDocument,
    "\n  query FrontDeskCalendar($facilityId: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(facilityId: $facilityId, from: $from, to: $to) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": typeof types.FrontDeskCalendarDocument,
    "\n  subscription FrontDeskCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": typeof types.FrontDeskCalendarChangedDocument,
    "\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n": typeof types.CareTeamList_PatientFragmentDoc,
    "\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.InsuranceList_PatientFragmentDoc,
    "\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": typeof types.CreatePatientDocument,
    "\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n": typeof types.PatientDemographics_PatientFragmentDoc,
    "\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PatientResultsTable_PatientFragmentDoc,
    "\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": typeof types.FrontDeskPatientDocument,
    "\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": typeof types.FrontDeskPatientUpdatedDocument,
    "\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n": typeof types.FrontDeskPatientsDocument,
    "\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n": typeof types.AuditChainStatus_ReportFragmentDoc,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n": typeof types.AuditEventsTable_EventFragmentDoc,
    "\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": typeof types.EmergencyAccessTable_GrantFragmentDoc,
    "\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": typeof types.PracticeOverviewDocument,
};
const documents: Documents = {
    "\n  mutation ArrivalsSetStatus($id: ID!, $version: Int!, $status: AppointmentStatus!) {\n    setAppointmentStatus(id: $id, version: $version, status: $status) {\n      id\n      version\n      status\n    }\n  }\n": types.ArrivalsSetStatusDocument,
    "\n  mutation ArrivalsTokenizeCard($card: CardInput!) {\n    tokenizeCard(card: $card) {\n      token\n      brand\n      last4\n    }\n  }\n": types.ArrivalsTokenizeCardDocument,
    "\n  mutation ArrivalsCollectPayment($input: CollectPaymentInput!) {\n    collectPayment(input: $input) {\n      id\n      status\n      declineReason\n      cardBrand\n      cardLast4\n      amountCents\n    }\n  }\n": types.ArrivalsCollectPaymentDocument,
    "\n  query ArrivalsFacilities {\n    facilities {\n      id\n      name\n      timeZone\n    }\n  }\n": types.ArrivalsFacilitiesDocument,
    "\n  query Arrivals($facilityId: ID!, $date: Date!) {\n    arrivals(facilityId: $facilityId, date: $date) {\n      patientId\n      copayDueCents\n      balanceCents\n      missingItems\n      appointment {\n        id\n        version\n        startsAt\n        endsAt\n        status\n        providerName\n        roomName\n        appointmentTypeName\n        attendees {\n          patientId\n          displayName\n        }\n      }\n    }\n  }\n": types.ArrivalsDocument,
    "\n  subscription ArrivalsCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n    }\n  }\n": types.ArrivalsCalendarChangedDocument,
    "\n  fragment AppointmentPanel_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerName\n    providerColor\n    roomName\n    appointmentTypeName\n    color\n    telehealth\n    telehealthUrl\n    cancelReason\n    overriddenWarnings\n    overrideReason\n    seriesId\n    recurrence\n    attendees {\n      patientId\n      displayName\n      attendance\n    }\n  }\n": types.AppointmentPanel_AppointmentFragmentDoc,
    "\n  mutation SetAppointmentStatus($id: ID!, $status: AppointmentStatus!, $version: Int!) {\n    setAppointmentStatus(id: $id, status: $status, version: $version) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": types.SetAppointmentStatusDocument,
    "\n  mutation CancelAppointment($id: ID!, $input: CancelAppointmentInput!) {\n    cancelAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  query BookingPatientSearch($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      nodes {\n        id\n        mrn\n        legalFirstName\n        legalLastName\n        preferredName\n        dateOfBirth\n      }\n    }\n  }\n": types.BookingPatientSearchDocument,
    "\n  fragment ScheduleGrid_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerId\n    roomId\n    roomName\n    appointmentTypeId\n    appointmentTypeName\n    color\n    telehealth\n    seriesId\n    attendees {\n      patientId\n      displayName\n    }\n  }\n": types.ScheduleGrid_AppointmentFragmentDoc,
    "\n  mutation RescheduleAppointment($id: ID!, $input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  query FrontDeskCalendarSetup {\n    facilities {\n      id\n      name\n      city\n      timeZone\n      rooms {\n        id\n        name\n      }\n    }\n    appointmentTypes {\n      id\n      name\n      color\n      defaultMinutes\n      telehealth\n      group\n    }\n    workingHours {\n      id\n      providerId\n      facilityId\n      weekday\n      startTime\n      endTime\n    }\n    staff {\n      id\n      displayName\n      firstName\n      lastName\n      calendarColor\n      roles\n      active\n    }\n  }\n": types.FrontDeskCalendarSetupDocument,
    "\n  query FrontDeskCalendar($facilityId: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(facilityId: $facilityId, from: $from, to: $to) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": types.FrontDeskCalendarDocument,
    "\n  subscription FrontDeskCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n": types.FrontDeskCalendarChangedDocument,
    "\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n": types.CareTeamList_PatientFragmentDoc,
    "\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.InsuranceList_PatientFragmentDoc,
    "\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": types.CreatePatientDocument,
    "\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n": types.PatientDemographics_PatientFragmentDoc,
    "\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n": types.PatientResultsTable_PatientFragmentDoc,
    "\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": types.FrontDeskPatientDocument,
    "\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": types.FrontDeskPatientUpdatedDocument,
    "\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n": types.FrontDeskPatientsDocument,
    "\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n": types.AuditChainStatus_ReportFragmentDoc,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n": types.AuditEventsTable_EventFragmentDoc,
    "\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": types.EmergencyAccessTable_GrantFragmentDoc,
    "\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": types.PracticeOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsSetStatus($id: ID!, $version: Int!, $status: AppointmentStatus!) {\n    setAppointmentStatus(id: $id, version: $version, status: $status) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArrivalsSetStatus($id: ID!, $version: Int!, $status: AppointmentStatus!) {\n    setAppointmentStatus(id: $id, version: $version, status: $status) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsTokenizeCard($card: CardInput!) {\n    tokenizeCard(card: $card) {\n      token\n      brand\n      last4\n    }\n  }\n"): (typeof documents)["\n  mutation ArrivalsTokenizeCard($card: CardInput!) {\n    tokenizeCard(card: $card) {\n      token\n      brand\n      last4\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsCollectPayment($input: CollectPaymentInput!) {\n    collectPayment(input: $input) {\n      id\n      status\n      declineReason\n      cardBrand\n      cardLast4\n      amountCents\n    }\n  }\n"): (typeof documents)["\n  mutation ArrivalsCollectPayment($input: CollectPaymentInput!) {\n    collectPayment(input: $input) {\n      id\n      status\n      declineReason\n      cardBrand\n      cardLast4\n      amountCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrivalsFacilities {\n    facilities {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query ArrivalsFacilities {\n    facilities {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Arrivals($facilityId: ID!, $date: Date!) {\n    arrivals(facilityId: $facilityId, date: $date) {\n      patientId\n      copayDueCents\n      balanceCents\n      missingItems\n      appointment {\n        id\n        version\n        startsAt\n        endsAt\n        status\n        providerName\n        roomName\n        appointmentTypeName\n        attendees {\n          patientId\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Arrivals($facilityId: ID!, $date: Date!) {\n    arrivals(facilityId: $facilityId, date: $date) {\n      patientId\n      copayDueCents\n      balanceCents\n      missingItems\n      appointment {\n        id\n        version\n        startsAt\n        endsAt\n        status\n        providerName\n        roomName\n        appointmentTypeName\n        attendees {\n          patientId\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ArrivalsCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription ArrivalsCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentPanel_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerName\n    providerColor\n    roomName\n    appointmentTypeName\n    color\n    telehealth\n    telehealthUrl\n    cancelReason\n    overriddenWarnings\n    overrideReason\n    seriesId\n    recurrence\n    attendees {\n      patientId\n      displayName\n      attendance\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentPanel_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerName\n    providerColor\n    roomName\n    appointmentTypeName\n    color\n    telehealth\n    telehealthUrl\n    cancelReason\n    overriddenWarnings\n    overrideReason\n    seriesId\n    recurrence\n    attendees {\n      patientId\n      displayName\n      attendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAppointmentStatus($id: ID!, $status: AppointmentStatus!, $version: Int!) {\n    setAppointmentStatus(id: $id, status: $status, version: $version) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"): (typeof documents)["\n  mutation SetAppointmentStatus($id: ID!, $status: AppointmentStatus!, $version: Int!) {\n    setAppointmentStatus(id: $id, status: $status, version: $version) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($id: ID!, $input: CancelAppointmentInput!) {\n    cancelAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($id: ID!, $input: CancelAppointmentInput!) {\n    cancelAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingPatientSearch($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      nodes {\n        id\n        mrn\n        legalFirstName\n        legalLastName\n        preferredName\n        dateOfBirth\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingPatientSearch($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      nodes {\n        id\n        mrn\n        legalFirstName\n        legalLastName\n        preferredName\n        dateOfBirth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleGrid_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerId\n    roomId\n    roomName\n    appointmentTypeId\n    appointmentTypeName\n    color\n    telehealth\n    seriesId\n    attendees {\n      patientId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduleGrid_appointment on Appointment {\n    id\n    version\n    startsAt\n    endsAt\n    status\n    facilityId\n    providerId\n    roomId\n    roomName\n    appointmentTypeId\n    appointmentTypeName\n    color\n    telehealth\n    seriesId\n    attendees {\n      patientId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($id: ID!, $input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleAppointment($id: ID!, $input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(id: $id, input: $input) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontDeskCalendarSetup {\n    facilities {\n      id\n      name\n      city\n      timeZone\n      rooms {\n        id\n        name\n      }\n    }\n    appointmentTypes {\n      id\n      name\n      color\n      defaultMinutes\n      telehealth\n      group\n    }\n    workingHours {\n      id\n      providerId\n      facilityId\n      weekday\n      startTime\n      endTime\n    }\n    staff {\n      id\n      displayName\n      firstName\n      lastName\n      calendarColor\n      roles\n      active\n    }\n  }\n"): (typeof documents)["\n  query FrontDeskCalendarSetup {\n    facilities {\n      id\n      name\n      city\n      timeZone\n      rooms {\n        id\n        name\n      }\n    }\n    appointmentTypes {\n      id\n      name\n      color\n      defaultMinutes\n      telehealth\n      group\n    }\n    workingHours {\n      id\n      providerId\n      facilityId\n      weekday\n      startTime\n      endTime\n    }\n    staff {\n      id\n      displayName\n      firstName\n      lastName\n      calendarColor\n      roles\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontDeskCalendar($facilityId: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(facilityId: $facilityId, from: $from, to: $to) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"): (typeof documents)["\n  query FrontDeskCalendar($facilityId: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n    calendar(facilityId: $facilityId, from: $from, to: $to) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FrontDeskCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"): (typeof documents)["\n  subscription FrontDeskCalendarChanged($facilityId: ID!) {\n    calendarChanged(facilityId: $facilityId) {\n      id\n      facilityId\n      providerId\n      roomId\n      startsAt\n      endsAt\n      ...ScheduleGrid_appointment\n      ...AppointmentPanel_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"): (typeof documents)["\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"): (typeof documents)["\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n"): (typeof documents)["\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n"): (typeof documents)["\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"): (typeof documents)["\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;