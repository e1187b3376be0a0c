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
  '\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      language\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      revokedAt\n      userAgent\n    }\n  }\n': typeof types.MyAccountDocument;
  '\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n    }\n  }\n': typeof types.ChangeMyPasswordDocument;
  '\n  mutation UpdateMyLanguage($language: Locale!) {\n    updateMyAccount(input: { language: $language }) {\n      id\n      language\n    }\n  }\n': typeof types.UpdateMyLanguageDocument;
  '\n  mutation EndSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n      revokedAt\n    }\n  }\n': typeof types.EndSessionDocument;
  '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...SessionUser\n    }\n  }\n': typeof types.SetPasswordDocument;
  '\n  fragment AttachmentFields on Attachment {\n    id\n    title\n    fileName\n    mediaType\n    size\n    textLength\n    position\n    url\n    version\n  }\n': typeof types.AttachmentFieldsFragmentDoc;
  '\n  query PracticeAttachments($id: ID!) {\n    practice(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n': typeof types.PracticeAttachmentsDocument;
  '\n  query ProjectAttachments($id: ID!) {\n    project(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n': typeof types.ProjectAttachmentsDocument;
  '\n  mutation UpdateAttachment($input: UpdateAttachmentInput!) {\n    updateAttachment(input: $input) {\n      ...AttachmentFields\n    }\n  }\n': typeof types.UpdateAttachmentDocument;
  '\n  mutation DeleteAttachment($id: ID!, $version: Int) {\n    deleteAttachment(id: $id, version: $version) {\n      id\n    }\n  }\n': typeof types.DeleteAttachmentDocument;
  '\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          details\n          actor {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query AuditChoices {\n    auditLogChoices {\n      entityTypes\n      actions\n    }\n    users {\n      id\n      name\n    }\n  }\n': typeof types.AuditChoicesDocument;
  '\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n  }\n': typeof types.SessionUserFragmentDoc;
  '\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  fragment ListFacets on Facets {\n    statuses {\n      value\n      label\n      count\n    }\n    districts {\n      value\n      label\n      count\n    }\n    municipalities {\n      value\n      label\n      count\n    }\n    themes {\n      value\n      label\n      count\n    }\n    targetGroups {\n      value\n      label\n      count\n    }\n    serviceTypes {\n      value\n      label\n      count\n    }\n    organizationKinds {\n      value\n      label\n      count\n    }\n    years {\n      value\n      label\n      count\n    }\n    funders {\n      value\n      label\n      count\n    }\n  }\n': typeof types.ListFacetsFragmentDoc;
  '\n  query DashboardStatusCounts {\n    practicesDraft: practices(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    practicesInReview: practices(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    practicesPublished: practices(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    practicesArchived: practices(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n    projectsDraft: projects(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    projectsInReview: projects(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    projectsPublished: projects(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    projectsArchived: projects(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n  }\n': typeof types.DashboardStatusCountsDocument;
  '\n  query DashboardModeration {\n    moderationQueue {\n      nominationCounts {\n        pending\n        approved\n        rejected\n        spam\n      }\n      proposalCounts {\n        inReview\n        draft\n        published\n        archived\n        rejected\n      }\n    }\n  }\n': typeof types.DashboardModerationDocument;
  '\n  query DashboardAudit {\n    auditLog(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actor {\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.DashboardAuditDocument;
  '\n  query DashboardStatistics($locale: Locale) {\n    statistics(locale: $locale) {\n      practiceCount\n      projectCount\n      peopleServed {\n        total\n        indicatorCount\n        excludedIndicatorCount\n        byTargetGroup {\n          targetGroup {\n            slug\n            label\n          }\n          people\n          indicatorCount\n        }\n      }\n      projectsByFunder {\n        funder {\n          slug\n          name\n        }\n        count\n        budgetedCount\n        budget {\n          eur\n        }\n      }\n      practicesByDistrict {\n        district {\n          code\n          name\n        }\n        count\n      }\n      practicesByYear {\n        year\n        count\n      }\n      practicesByTheme {\n        theme {\n          slug\n          label\n        }\n        count\n      }\n      adoptionsByDistrict {\n        district {\n          code\n          name\n        }\n        count\n        practiceCount\n      }\n    }\n  }\n': typeof types.DashboardStatisticsDocument;
  '\n  query DashboardMyProgrammes {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        volunteerCount\n        hoursLogged\n        localization {\n          requested\n        }\n      }\n    }\n  }\n': typeof types.DashboardMyProgrammesDocument;
  '\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.DistrictsDocument;
  '\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.MunicipalitiesPageDocument;
  '\n  fragment RevisionFields on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    changedFields\n    createdAt\n    author {\n      kind\n      userId\n      name\n    }\n  }\n': typeof types.RevisionFieldsFragmentDoc;
  '\n  query Revisions($entityType: ContentType!, $id: ID!, $first: Int, $after: String) {\n    revisions(entityType: $entityType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RevisionFields\n          snapshot\n        }\n      }\n    }\n  }\n': typeof types.RevisionsDocument;
  '\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      entityType\n      entityId\n      from {\n        ...RevisionFields\n      }\n      to {\n        ...RevisionFields\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n': typeof types.RevisionDiffDocument;
  '\n  mutation RestoreRevision($id: ID!, $version: Int) {\n    restoreRevision(id: $id, version: $version) {\n      ...RevisionFields\n    }\n  }\n': typeof types.RestoreRevisionDocument;
  '\n  fragment ImportJobFields on ImportJob {\n    id\n    version\n    kind\n    status\n    publish\n    files\n    processed\n    total\n    error\n    createdAt\n    finishedAt\n    counts {\n      create\n      update\n      unchanged\n      conflict\n      refused\n    }\n  }\n': typeof types.ImportJobFieldsFragmentDoc;
  '\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      refusedFiles {\n        origin\n        problems {\n          reason\n          message\n          args\n          severity\n        }\n      }\n    }\n  }\n': typeof types.ImportJobDocument;
  '\n  query ImportItems(\n    $id: ID!\n    $outcomes: [ImportOutcome!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    importJob(id: $id) {\n      id\n      items(outcomes: $outcomes, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            recordType\n            origin\n            outcome\n            fields\n            keptFields\n            recordId\n            problems {\n              reason\n              message\n              args\n              severity\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ImportItemsDocument;
  '\n  query ImportJobs($first: Int) {\n    importJobs(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n': typeof types.ImportJobsDocument;
  '\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n': typeof types.StartImportDocument;
  '\n  mutation ApplyImport($input: ApplyImportInput!) {\n    applyImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n': typeof types.ApplyImportDocument;
  '\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobFields\n    }\n  }\n': typeof types.CancelImportDocument;
  '\n  fragment IndicatorEdit on Indicator {\n    label\n    value\n    unit\n    period\n    targetGroup {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n': typeof types.IndicatorEditFragmentDoc;
  '\n  fragment QueueCounts on ModerationQueue {\n    nominationCounts {\n      pending\n      approved\n      rejected\n      spam\n    }\n    proposalCounts {\n      inReview\n      draft\n      published\n      archived\n      rejected\n    }\n  }\n': typeof types.QueueCountsFragmentDoc;
  '\n  query ModerationNominations(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      nominations(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            createdAt\n            status\n            duplicate\n            nominatorName\n            nominatorOrganization\n            nominatorEmail\n            reason\n            decidedAt\n            moderationNote\n            practice {\n              id\n              title\n              slug\n              localization {\n                requested\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ModerationNominationsDocument;
  '\n  query ModerationProposals(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      proposals(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            slug\n            status\n            summary\n            innovator\n            localization {\n              requested\n            }\n            municipalities {\n              code\n              nameBg\n              nameEn\n            }\n            proposal {\n              name\n              email\n              organization\n              submittedAt\n              reviewNote\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ModerationProposalsDocument;
  '\n  query ModerationPracticeOptions($search: String, $locale: Locale) {\n    practices(filter: { search: $search }, first: 20, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.ModerationPracticeOptionsDocument;
  '\n  query ModerationPracticeLabel($id: ID!, $locale: Locale) {\n    practice(id: $id, locale: $locale) {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n  }\n': typeof types.ModerationPracticeLabelDocument;
  '\n  mutation ModerateNominations(\n    $ids: [ID!]!\n    $decision: ModerationDecision!\n    $note: String\n    $blockSender: Boolean!\n  ) {\n    moderateNominations(ids: $ids, decision: $decision, note: $note, blockSender: $blockSender) {\n      changed\n      blockedSenders\n      nominations {\n        id\n        status\n        decidedAt\n        moderationNote\n      }\n    }\n  }\n': typeof types.ModerateNominationsDocument;
  '\n  mutation ReviewProposal($id: ID!, $decision: ProposalDecision!, $note: String, $blockSender: Boolean!) {\n    reviewProposal(id: $id, decision: $decision, note: $note, blockSender: $blockSender) {\n      id\n      status\n      localization {\n        requested\n      }\n      proposal {\n        reviewNote\n      }\n    }\n  }\n': typeof types.ReviewProposalDocument;
  '\n  mutation UnblockSender($email: String!) {\n    unblockSender(email: $email)\n  }\n': typeof types.UnblockSenderDocument;
  '\n  query NetworkOptions($search: String, $first: Int!, $locale: Locale) {\n    partnerNetworks(filter: { search: $search }, first: $first, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.NetworkOptionsDocument;
  '\n  query PartnerNetworks(\n    $filter: PartnerNetworkFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    partnerNetworks(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          scope\n          updatedAt\n          localization {\n            requested\n          }\n          coordinator {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          memberships {\n            id\n            joinedOn\n            leftOn\n          }\n        }\n      }\n    }\n  }\n': typeof types.PartnerNetworksDocument;
  '\n  fragment PartnerNetworkEdit on PartnerNetwork {\n    id\n    version\n    slug\n    name\n    description\n    scope\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    coordinator {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    memberships {\n      id\n      role\n      joinedOn\n      leftOn\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n  }\n': typeof types.PartnerNetworkEditFragmentDoc;
  '\n  query PartnerNetworkForEdit($id: ID!, $locale: Locale!) {\n    partnerNetwork(id: $id, locale: $locale) {\n      ...PartnerNetworkEdit\n    }\n  }\n': typeof types.PartnerNetworkForEditDocument;
  '\n  mutation CreatePartnerNetwork($input: CreatePartnerNetworkInput!) {\n    createPartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n': typeof types.CreatePartnerNetworkDocument;
  '\n  mutation UpdatePartnerNetwork($input: UpdatePartnerNetworkInput!) {\n    updatePartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n': typeof types.UpdatePartnerNetworkDocument;
  '\n  mutation DeletePartnerNetwork($id: ID!, $version: Int) {\n    deletePartnerNetwork(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.DeletePartnerNetworkDocument;
  '\n  query Organizations(\n    $filter: OrganizationFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: OrganizationOrderBy\n    $locale: Locale\n  ) {\n    organizations(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          updatedAt\n          localization {\n            requested\n          }\n          contact {\n            email\n            website\n          }\n          municipality {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.OrganizationsDocument;
  '\n  query OrganizationPicker($filter: OrganizationFilter, $first: Int, $locale: Locale) {\n    organizations(filter: $filter, first: $first, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.OrganizationPickerDocument;
  '\n  fragment OrganizationEdit on Organization {\n    id\n    version\n    name\n    slug\n    kind\n    description\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    municipality {\n      code\n    }\n  }\n': typeof types.OrganizationEditFragmentDoc;
  '\n  query OrganizationForEdit($id: ID!, $locale: Locale!) {\n    organization(id: $id, locale: $locale) {\n      ...OrganizationEdit\n    }\n  }\n': typeof types.OrganizationForEditDocument;
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n': typeof types.UpdateOrganizationDocument;
  '\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.PracticesDocument;
  '\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    publishAt\n    updatedAt\n    innovator\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    adoptions {\n      year\n      note\n      municipality {\n        code\n      }\n    }\n  }\n': typeof types.PracticeEditFragmentDoc;
  '\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n': typeof types.PracticeForEditDocument;
  '\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n': typeof types.CreatePracticeDocument;
  '\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n': typeof types.UpdatePracticeDocument;
  '\n  query VolunteerProgrammes(\n    $filter: VolunteerProgrammeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    volunteerProgrammes(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          status\n          volunteerCount\n          hoursLogged\n          localization {\n            requested\n          }\n          organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.VolunteerProgrammesDocument;
  '\n  fragment VolunteerProgrammeEdit on VolunteerProgramme {\n    id\n    version\n    status\n    slug\n    name\n    description\n    publishedAt\n    updatedAt\n    volunteerCount\n    hoursLogged\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    project {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n    municipalities {\n      code\n    }\n  }\n': typeof types.VolunteerProgrammeEditFragmentDoc;
  '\n  query VolunteerProgrammeForEdit($id: ID!, $locale: Locale!) {\n    volunteerProgramme(id: $id, locale: $locale) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n': typeof types.VolunteerProgrammeForEditDocument;
  '\n  mutation CreateVolunteerProgramme($input: CreateVolunteerProgrammeInput!) {\n    createVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n': typeof types.CreateVolunteerProgrammeDocument;
  '\n  mutation UpdateVolunteerProgramme($input: UpdateVolunteerProgrammeInput!) {\n    updateVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n': typeof types.UpdateVolunteerProgrammeDocument;
  '\n  mutation DeleteVolunteerProgramme($id: ID!, $version: Int) {\n    deleteVolunteerProgramme(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.DeleteVolunteerProgrammeDocument;
  '\n  query MyProgrammes($locale: Locale) {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        localization {\n          requested\n        }\n      }\n    }\n    programmeOptions: volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.MyProgrammesDocument;
  '\n  query ProjectOptions($search: String, $locale: Locale) {\n    projects(\n      first: 20\n      filter: { search: $search }\n      locale: $locale\n      orderBy: { field: TITLE, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          title\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProjectOptionsDocument;
  '\n  query Projects(\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: ProjectOrderBy\n    $locale: Locale\n  ) {\n    projects(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          updatedAt\n          localization {\n            requested\n          }\n          period {\n            from\n            to\n            precision\n          }\n          budget {\n            amount\n            currency\n            amountEur\n          }\n          leadOrganization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProjectsDocument;
  '\n  fragment ProjectEdit on Project {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    generalGoal\n    specificObjectives\n    programmes {\n      name\n      description\n    }\n    activities {\n      name\n      description\n    }\n    expectedResults\n    fundingProgramme\n    referenceNumber\n    publishedAt\n    publishAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    budget {\n      amount\n      currency\n    }\n    grant {\n      amount\n      currency\n    }\n    implementationStatus\n    contractDate\n    funder {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    leadOrganization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    partners {\n      id\n      role\n      position\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    documents {\n      title\n      url\n    }\n  }\n': typeof types.ProjectEditFragmentDoc;
  '\n  query ProjectForEdit($id: ID!, $locale: Locale!) {\n    project(id: $id, locale: $locale) {\n      ...ProjectEdit\n    }\n  }\n': typeof types.ProjectForEditDocument;
  '\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n': typeof types.CreateProjectDocument;
  '\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n': typeof types.UpdateProjectDocument;
  '\n  query GlobalSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          __typename\n          ... on Practice {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Project {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          ... on PartnerNetwork {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.GlobalSearchDocument;
  '\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.ThemeOptionsDocument;
  '\n  query TargetGroupOptions($locale: Locale) {\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.TargetGroupOptionsDocument;
  '\n  query ServiceTypeOptions($locale: Locale) {\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.ServiceTypeOptionsDocument;
  '\n  query TaxonomyTerms($locale: Locale!, $withUsage: Boolean!) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n  }\n': typeof types.TaxonomyTermsDocument;
  '\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateThemeDocument;
  '\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateThemeDocument;
  '\n  mutation DeleteTheme($id: ID!, $version: Int) {\n    deleteTheme(id: $id, version: $version) {\n      id\n    }\n  }\n': typeof types.DeleteThemeDocument;
  '\n  mutation ReorderThemes($ids: [ID!]!) {\n    reorderThemes(ids: $ids) {\n      id\n    }\n  }\n': typeof types.ReorderThemesDocument;
  '\n  mutation MergeThemes($input: MergeTermsInput!) {\n    mergeThemes(input: $input) {\n      id\n    }\n  }\n': typeof types.MergeThemesDocument;
  '\n  mutation CreateTargetGroup($input: CreateTargetGroupInput!) {\n    createTargetGroup(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateTargetGroupDocument;
  '\n  mutation UpdateTargetGroup($input: UpdateTargetGroupInput!) {\n    updateTargetGroup(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateTargetGroupDocument;
  '\n  mutation DeleteTargetGroup($id: ID!, $version: Int) {\n    deleteTargetGroup(id: $id, version: $version) {\n      id\n    }\n  }\n': typeof types.DeleteTargetGroupDocument;
  '\n  mutation ReorderTargetGroups($ids: [ID!]!) {\n    reorderTargetGroups(ids: $ids) {\n      id\n    }\n  }\n': typeof types.ReorderTargetGroupsDocument;
  '\n  mutation MergeTargetGroups($input: MergeTermsInput!) {\n    mergeTargetGroups(input: $input) {\n      id\n    }\n  }\n': typeof types.MergeTargetGroupsDocument;
  '\n  mutation CreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateServiceTypeDocument;
  '\n  mutation UpdateServiceType($input: UpdateServiceTypeInput!) {\n    updateServiceType(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateServiceTypeDocument;
  '\n  mutation DeleteServiceType($id: ID!, $version: Int) {\n    deleteServiceType(id: $id, version: $version) {\n      id\n    }\n  }\n': typeof types.DeleteServiceTypeDocument;
  '\n  mutation ReorderServiceTypes($ids: [ID!]!) {\n    reorderServiceTypes(ids: $ids) {\n      id\n    }\n  }\n': typeof types.ReorderServiceTypesDocument;
  '\n  mutation MergeServiceTypes($input: MergeTermsInput!) {\n    mergeServiceTypes(input: $input) {\n      id\n    }\n  }\n': typeof types.MergeServiceTypesDocument;
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    allowedOrigins\n    scope\n    quotaPerMinute\n    quotaPerDay\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    network {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n': typeof types.ApiTokenFieldsFragmentDoc;
  '\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  query Trash($entityType: ContentType!, $first: Int, $after: String, $last: Int, $before: String) {\n    trash(entityType: $entityType, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          entityType\n          id\n          title\n          version\n          deletedAt\n          deletedBy {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.TrashDocument;
  '\n  mutation RestoreFromTrash($entityType: ContentType!, $id: ID!) {\n    restoreFromTrash(entityType: $entityType, id: $id) {\n      id\n      entityId\n      version\n    }\n  }\n': typeof types.RestoreFromTrashDocument;
  '\n  mutation Purge($entityType: ContentType!, $id: ID!) {\n    purge(entityType: $entityType, id: $id) {\n      entityType\n      id\n    }\n  }\n': typeof types.PurgeDocument;
  '\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    active\n    lastSignInAt\n    version\n    programmes {\n      id\n      name\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n': typeof types.ResetUserPasswordDocument;
  '\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    updateUser(input: { id: $id, version: $version, active: $active }) {\n      ...UserFields\n    }\n  }\n': typeof types.SetUserActiveDocument;
  '\n  mutation UpdateUserAccess($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.UpdateUserAccessDocument;
  '\n  query ProgrammeChoices($locale: Locale) {\n    volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProgrammeChoicesDocument;
  '\n  fragment VolunteerAssignmentRow on VolunteerAssignment {\n    id\n    version\n    role\n    startsOn\n    endsOn\n    hoursLogged\n    programme {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n': typeof types.VolunteerAssignmentRowFragmentDoc;
  '\n  fragment VolunteerDetail on Volunteer {\n    id\n    version\n    name\n    skills\n    availability\n    consentGivenAt\n    vettingStatus\n    updatedAt\n    contact {\n      email\n      phone\n    }\n    municipality {\n      code\n      nameBg\n      nameEn\n    }\n    assignments {\n      ...VolunteerAssignmentRow\n    }\n  }\n': typeof types.VolunteerDetailFragmentDoc;
  '\n  query Volunteers($filter: VolunteerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    volunteers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerDetail\n        }\n      }\n    }\n  }\n': typeof types.VolunteersDocument;
  '\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n': typeof types.VolunteerDocument;
  '\n  query ExportVolunteerData($id: ID!) {\n    exportVolunteerData(id: $id)\n  }\n': typeof types.ExportVolunteerDataDocument;
  '\n  mutation CreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n': typeof types.CreateVolunteerDocument;
  '\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n': typeof types.UpdateVolunteerDocument;
  '\n  mutation DeleteVolunteer($id: ID!, $version: Int) {\n    deleteVolunteer(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.DeleteVolunteerDocument;
  '\n  mutation EraseVolunteer($id: ID!) {\n    eraseVolunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n': typeof types.EraseVolunteerDocument;
  '\n  mutation CreateVolunteerAssignment($input: CreateVolunteerAssignmentInput!) {\n    createVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n': typeof types.CreateVolunteerAssignmentDocument;
  '\n  mutation UpdateVolunteerAssignment($input: UpdateVolunteerAssignmentInput!) {\n    updateVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n': typeof types.UpdateVolunteerAssignmentDocument;
  '\n  mutation DeleteVolunteerAssignment($id: ID!, $version: Int) {\n    deleteVolunteerAssignment(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.DeleteVolunteerAssignmentDocument;
  '\n  fragment SavedViewFields on SavedView {\n    id\n    version\n    name\n    query\n    shared\n    mine\n    ownerName\n  }\n': typeof types.SavedViewFieldsFragmentDoc;
  '\n  query SavedViews($list: String!) {\n    savedViews(list: $list, first: 100) {\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n': typeof types.SavedViewsDocument;
  '\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n': typeof types.CreateSavedViewDocument;
  '\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n': typeof types.UpdateSavedViewDocument;
  '\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n': typeof types.DeleteSavedViewDocument;
};
const documents: Documents = {
  '\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      language\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      revokedAt\n      userAgent\n    }\n  }\n':
    types.MyAccountDocument,
  '\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n    }\n  }\n':
    types.ChangeMyPasswordDocument,
  '\n  mutation UpdateMyLanguage($language: Locale!) {\n    updateMyAccount(input: { language: $language }) {\n      id\n      language\n    }\n  }\n':
    types.UpdateMyLanguageDocument,
  '\n  mutation EndSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n      revokedAt\n    }\n  }\n':
    types.EndSessionDocument,
  '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...SessionUser\n    }\n  }\n':
    types.SetPasswordDocument,
  '\n  fragment AttachmentFields on Attachment {\n    id\n    title\n    fileName\n    mediaType\n    size\n    textLength\n    position\n    url\n    version\n  }\n':
    types.AttachmentFieldsFragmentDoc,
  '\n  query PracticeAttachments($id: ID!) {\n    practice(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n':
    types.PracticeAttachmentsDocument,
  '\n  query ProjectAttachments($id: ID!) {\n    project(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n':
    types.ProjectAttachmentsDocument,
  '\n  mutation UpdateAttachment($input: UpdateAttachmentInput!) {\n    updateAttachment(input: $input) {\n      ...AttachmentFields\n    }\n  }\n':
    types.UpdateAttachmentDocument,
  '\n  mutation DeleteAttachment($id: ID!, $version: Int) {\n    deleteAttachment(id: $id, version: $version) {\n      id\n    }\n  }\n':
    types.DeleteAttachmentDocument,
  '\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          details\n          actor {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query AuditChoices {\n    auditLogChoices {\n      entityTypes\n      actions\n    }\n    users {\n      id\n      name\n    }\n  }\n':
    types.AuditChoicesDocument,
  '\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n  }\n':
    types.SessionUserFragmentDoc,
  '\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n': types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  fragment ListFacets on Facets {\n    statuses {\n      value\n      label\n      count\n    }\n    districts {\n      value\n      label\n      count\n    }\n    municipalities {\n      value\n      label\n      count\n    }\n    themes {\n      value\n      label\n      count\n    }\n    targetGroups {\n      value\n      label\n      count\n    }\n    serviceTypes {\n      value\n      label\n      count\n    }\n    organizationKinds {\n      value\n      label\n      count\n    }\n    years {\n      value\n      label\n      count\n    }\n    funders {\n      value\n      label\n      count\n    }\n  }\n':
    types.ListFacetsFragmentDoc,
  '\n  query DashboardStatusCounts {\n    practicesDraft: practices(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    practicesInReview: practices(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    practicesPublished: practices(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    practicesArchived: practices(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n    projectsDraft: projects(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    projectsInReview: projects(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    projectsPublished: projects(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    projectsArchived: projects(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n  }\n':
    types.DashboardStatusCountsDocument,
  '\n  query DashboardModeration {\n    moderationQueue {\n      nominationCounts {\n        pending\n        approved\n        rejected\n        spam\n      }\n      proposalCounts {\n        inReview\n        draft\n        published\n        archived\n        rejected\n      }\n    }\n  }\n':
    types.DashboardModerationDocument,
  '\n  query DashboardAudit {\n    auditLog(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actor {\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.DashboardAuditDocument,
  '\n  query DashboardStatistics($locale: Locale) {\n    statistics(locale: $locale) {\n      practiceCount\n      projectCount\n      peopleServed {\n        total\n        indicatorCount\n        excludedIndicatorCount\n        byTargetGroup {\n          targetGroup {\n            slug\n            label\n          }\n          people\n          indicatorCount\n        }\n      }\n      projectsByFunder {\n        funder {\n          slug\n          name\n        }\n        count\n        budgetedCount\n        budget {\n          eur\n        }\n      }\n      practicesByDistrict {\n        district {\n          code\n          name\n        }\n        count\n      }\n      practicesByYear {\n        year\n        count\n      }\n      practicesByTheme {\n        theme {\n          slug\n          label\n        }\n        count\n      }\n      adoptionsByDistrict {\n        district {\n          code\n          name\n        }\n        count\n        practiceCount\n      }\n    }\n  }\n':
    types.DashboardStatisticsDocument,
  '\n  query DashboardMyProgrammes {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        volunteerCount\n        hoursLogged\n        localization {\n          requested\n        }\n      }\n    }\n  }\n':
    types.DashboardMyProgrammesDocument,
  '\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.DistrictsDocument,
  '\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.MunicipalitiesPageDocument,
  '\n  fragment RevisionFields on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    changedFields\n    createdAt\n    author {\n      kind\n      userId\n      name\n    }\n  }\n':
    types.RevisionFieldsFragmentDoc,
  '\n  query Revisions($entityType: ContentType!, $id: ID!, $first: Int, $after: String) {\n    revisions(entityType: $entityType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RevisionFields\n          snapshot\n        }\n      }\n    }\n  }\n':
    types.RevisionsDocument,
  '\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      entityType\n      entityId\n      from {\n        ...RevisionFields\n      }\n      to {\n        ...RevisionFields\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n':
    types.RevisionDiffDocument,
  '\n  mutation RestoreRevision($id: ID!, $version: Int) {\n    restoreRevision(id: $id, version: $version) {\n      ...RevisionFields\n    }\n  }\n':
    types.RestoreRevisionDocument,
  '\n  fragment ImportJobFields on ImportJob {\n    id\n    version\n    kind\n    status\n    publish\n    files\n    processed\n    total\n    error\n    createdAt\n    finishedAt\n    counts {\n      create\n      update\n      unchanged\n      conflict\n      refused\n    }\n  }\n':
    types.ImportJobFieldsFragmentDoc,
  '\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      refusedFiles {\n        origin\n        problems {\n          reason\n          message\n          args\n          severity\n        }\n      }\n    }\n  }\n':
    types.ImportJobDocument,
  '\n  query ImportItems(\n    $id: ID!\n    $outcomes: [ImportOutcome!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    importJob(id: $id) {\n      id\n      items(outcomes: $outcomes, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            recordType\n            origin\n            outcome\n            fields\n            keptFields\n            recordId\n            problems {\n              reason\n              message\n              args\n              severity\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ImportItemsDocument,
  '\n  query ImportJobs($first: Int) {\n    importJobs(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n':
    types.ImportJobsDocument,
  '\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n':
    types.StartImportDocument,
  '\n  mutation ApplyImport($input: ApplyImportInput!) {\n    applyImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n':
    types.ApplyImportDocument,
  '\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobFields\n    }\n  }\n':
    types.CancelImportDocument,
  '\n  fragment IndicatorEdit on Indicator {\n    label\n    value\n    unit\n    period\n    targetGroup {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n':
    types.IndicatorEditFragmentDoc,
  '\n  fragment QueueCounts on ModerationQueue {\n    nominationCounts {\n      pending\n      approved\n      rejected\n      spam\n    }\n    proposalCounts {\n      inReview\n      draft\n      published\n      archived\n      rejected\n    }\n  }\n':
    types.QueueCountsFragmentDoc,
  '\n  query ModerationNominations(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      nominations(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            createdAt\n            status\n            duplicate\n            nominatorName\n            nominatorOrganization\n            nominatorEmail\n            reason\n            decidedAt\n            moderationNote\n            practice {\n              id\n              title\n              slug\n              localization {\n                requested\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ModerationNominationsDocument,
  '\n  query ModerationProposals(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      proposals(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            slug\n            status\n            summary\n            innovator\n            localization {\n              requested\n            }\n            municipalities {\n              code\n              nameBg\n              nameEn\n            }\n            proposal {\n              name\n              email\n              organization\n              submittedAt\n              reviewNote\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ModerationProposalsDocument,
  '\n  query ModerationPracticeOptions($search: String, $locale: Locale) {\n    practices(filter: { search: $search }, first: 20, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.ModerationPracticeOptionsDocument,
  '\n  query ModerationPracticeLabel($id: ID!, $locale: Locale) {\n    practice(id: $id, locale: $locale) {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n  }\n':
    types.ModerationPracticeLabelDocument,
  '\n  mutation ModerateNominations(\n    $ids: [ID!]!\n    $decision: ModerationDecision!\n    $note: String\n    $blockSender: Boolean!\n  ) {\n    moderateNominations(ids: $ids, decision: $decision, note: $note, blockSender: $blockSender) {\n      changed\n      blockedSenders\n      nominations {\n        id\n        status\n        decidedAt\n        moderationNote\n      }\n    }\n  }\n':
    types.ModerateNominationsDocument,
  '\n  mutation ReviewProposal($id: ID!, $decision: ProposalDecision!, $note: String, $blockSender: Boolean!) {\n    reviewProposal(id: $id, decision: $decision, note: $note, blockSender: $blockSender) {\n      id\n      status\n      localization {\n        requested\n      }\n      proposal {\n        reviewNote\n      }\n    }\n  }\n':
    types.ReviewProposalDocument,
  '\n  mutation UnblockSender($email: String!) {\n    unblockSender(email: $email)\n  }\n':
    types.UnblockSenderDocument,
  '\n  query NetworkOptions($search: String, $first: Int!, $locale: Locale) {\n    partnerNetworks(filter: { search: $search }, first: $first, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.NetworkOptionsDocument,
  '\n  query PartnerNetworks(\n    $filter: PartnerNetworkFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    partnerNetworks(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          scope\n          updatedAt\n          localization {\n            requested\n          }\n          coordinator {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          memberships {\n            id\n            joinedOn\n            leftOn\n          }\n        }\n      }\n    }\n  }\n':
    types.PartnerNetworksDocument,
  '\n  fragment PartnerNetworkEdit on PartnerNetwork {\n    id\n    version\n    slug\n    name\n    description\n    scope\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    coordinator {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    memberships {\n      id\n      role\n      joinedOn\n      leftOn\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n  }\n':
    types.PartnerNetworkEditFragmentDoc,
  '\n  query PartnerNetworkForEdit($id: ID!, $locale: Locale!) {\n    partnerNetwork(id: $id, locale: $locale) {\n      ...PartnerNetworkEdit\n    }\n  }\n':
    types.PartnerNetworkForEditDocument,
  '\n  mutation CreatePartnerNetwork($input: CreatePartnerNetworkInput!) {\n    createPartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n':
    types.CreatePartnerNetworkDocument,
  '\n  mutation UpdatePartnerNetwork($input: UpdatePartnerNetworkInput!) {\n    updatePartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n':
    types.UpdatePartnerNetworkDocument,
  '\n  mutation DeletePartnerNetwork($id: ID!, $version: Int) {\n    deletePartnerNetwork(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.DeletePartnerNetworkDocument,
  '\n  query Organizations(\n    $filter: OrganizationFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: OrganizationOrderBy\n    $locale: Locale\n  ) {\n    organizations(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          updatedAt\n          localization {\n            requested\n          }\n          contact {\n            email\n            website\n          }\n          municipality {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.OrganizationsDocument,
  '\n  query OrganizationPicker($filter: OrganizationFilter, $first: Int, $locale: Locale) {\n    organizations(filter: $filter, first: $first, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.OrganizationPickerDocument,
  '\n  fragment OrganizationEdit on Organization {\n    id\n    version\n    name\n    slug\n    kind\n    description\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    municipality {\n      code\n    }\n  }\n':
    types.OrganizationEditFragmentDoc,
  '\n  query OrganizationForEdit($id: ID!, $locale: Locale!) {\n    organization(id: $id, locale: $locale) {\n      ...OrganizationEdit\n    }\n  }\n':
    types.OrganizationForEditDocument,
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n':
    types.UpdateOrganizationDocument,
  '\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.PracticesDocument,
  '\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    publishAt\n    updatedAt\n    innovator\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    adoptions {\n      year\n      note\n      municipality {\n        code\n      }\n    }\n  }\n':
    types.PracticeEditFragmentDoc,
  '\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n':
    types.PracticeForEditDocument,
  '\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n':
    types.CreatePracticeDocument,
  '\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n':
    types.UpdatePracticeDocument,
  '\n  query VolunteerProgrammes(\n    $filter: VolunteerProgrammeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    volunteerProgrammes(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          status\n          volunteerCount\n          hoursLogged\n          localization {\n            requested\n          }\n          organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.VolunteerProgrammesDocument,
  '\n  fragment VolunteerProgrammeEdit on VolunteerProgramme {\n    id\n    version\n    status\n    slug\n    name\n    description\n    publishedAt\n    updatedAt\n    volunteerCount\n    hoursLogged\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    project {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n    municipalities {\n      code\n    }\n  }\n':
    types.VolunteerProgrammeEditFragmentDoc,
  '\n  query VolunteerProgrammeForEdit($id: ID!, $locale: Locale!) {\n    volunteerProgramme(id: $id, locale: $locale) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n':
    types.VolunteerProgrammeForEditDocument,
  '\n  mutation CreateVolunteerProgramme($input: CreateVolunteerProgrammeInput!) {\n    createVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n':
    types.CreateVolunteerProgrammeDocument,
  '\n  mutation UpdateVolunteerProgramme($input: UpdateVolunteerProgrammeInput!) {\n    updateVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n':
    types.UpdateVolunteerProgrammeDocument,
  '\n  mutation DeleteVolunteerProgramme($id: ID!, $version: Int) {\n    deleteVolunteerProgramme(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.DeleteVolunteerProgrammeDocument,
  '\n  query MyProgrammes($locale: Locale) {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        localization {\n          requested\n        }\n      }\n    }\n    programmeOptions: volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.MyProgrammesDocument,
  '\n  query ProjectOptions($search: String, $locale: Locale) {\n    projects(\n      first: 20\n      filter: { search: $search }\n      locale: $locale\n      orderBy: { field: TITLE, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          title\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.ProjectOptionsDocument,
  '\n  query Projects(\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: ProjectOrderBy\n    $locale: Locale\n  ) {\n    projects(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          updatedAt\n          localization {\n            requested\n          }\n          period {\n            from\n            to\n            precision\n          }\n          budget {\n            amount\n            currency\n            amountEur\n          }\n          leadOrganization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ProjectsDocument,
  '\n  fragment ProjectEdit on Project {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    generalGoal\n    specificObjectives\n    programmes {\n      name\n      description\n    }\n    activities {\n      name\n      description\n    }\n    expectedResults\n    fundingProgramme\n    referenceNumber\n    publishedAt\n    publishAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    budget {\n      amount\n      currency\n    }\n    grant {\n      amount\n      currency\n    }\n    implementationStatus\n    contractDate\n    funder {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    leadOrganization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    partners {\n      id\n      role\n      position\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    documents {\n      title\n      url\n    }\n  }\n':
    types.ProjectEditFragmentDoc,
  '\n  query ProjectForEdit($id: ID!, $locale: Locale!) {\n    project(id: $id, locale: $locale) {\n      ...ProjectEdit\n    }\n  }\n':
    types.ProjectForEditDocument,
  '\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n':
    types.CreateProjectDocument,
  '\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n':
    types.UpdateProjectDocument,
  '\n  query GlobalSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          __typename\n          ... on Practice {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Project {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          ... on PartnerNetwork {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.GlobalSearchDocument,
  '\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.ThemeOptionsDocument,
  '\n  query TargetGroupOptions($locale: Locale) {\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.TargetGroupOptionsDocument,
  '\n  query ServiceTypeOptions($locale: Locale) {\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.ServiceTypeOptionsDocument,
  '\n  query TaxonomyTerms($locale: Locale!, $withUsage: Boolean!) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n  }\n':
    types.TaxonomyTermsDocument,
  '\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n':
    types.CreateThemeDocument,
  '\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateThemeDocument,
  '\n  mutation DeleteTheme($id: ID!, $version: Int) {\n    deleteTheme(id: $id, version: $version) {\n      id\n    }\n  }\n':
    types.DeleteThemeDocument,
  '\n  mutation ReorderThemes($ids: [ID!]!) {\n    reorderThemes(ids: $ids) {\n      id\n    }\n  }\n':
    types.ReorderThemesDocument,
  '\n  mutation MergeThemes($input: MergeTermsInput!) {\n    mergeThemes(input: $input) {\n      id\n    }\n  }\n':
    types.MergeThemesDocument,
  '\n  mutation CreateTargetGroup($input: CreateTargetGroupInput!) {\n    createTargetGroup(input: $input) {\n      id\n    }\n  }\n':
    types.CreateTargetGroupDocument,
  '\n  mutation UpdateTargetGroup($input: UpdateTargetGroupInput!) {\n    updateTargetGroup(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateTargetGroupDocument,
  '\n  mutation DeleteTargetGroup($id: ID!, $version: Int) {\n    deleteTargetGroup(id: $id, version: $version) {\n      id\n    }\n  }\n':
    types.DeleteTargetGroupDocument,
  '\n  mutation ReorderTargetGroups($ids: [ID!]!) {\n    reorderTargetGroups(ids: $ids) {\n      id\n    }\n  }\n':
    types.ReorderTargetGroupsDocument,
  '\n  mutation MergeTargetGroups($input: MergeTermsInput!) {\n    mergeTargetGroups(input: $input) {\n      id\n    }\n  }\n':
    types.MergeTargetGroupsDocument,
  '\n  mutation CreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n    }\n  }\n':
    types.CreateServiceTypeDocument,
  '\n  mutation UpdateServiceType($input: UpdateServiceTypeInput!) {\n    updateServiceType(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateServiceTypeDocument,
  '\n  mutation DeleteServiceType($id: ID!, $version: Int) {\n    deleteServiceType(id: $id, version: $version) {\n      id\n    }\n  }\n':
    types.DeleteServiceTypeDocument,
  '\n  mutation ReorderServiceTypes($ids: [ID!]!) {\n    reorderServiceTypes(ids: $ids) {\n      id\n    }\n  }\n':
    types.ReorderServiceTypesDocument,
  '\n  mutation MergeServiceTypes($input: MergeTermsInput!) {\n    mergeServiceTypes(input: $input) {\n      id\n    }\n  }\n':
    types.MergeServiceTypesDocument,
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    allowedOrigins\n    scope\n    quotaPerMinute\n    quotaPerDay\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    network {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n':
    types.ApiTokenFieldsFragmentDoc,
  '\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n': types.ApiTokensDocument,
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  query Trash($entityType: ContentType!, $first: Int, $after: String, $last: Int, $before: String) {\n    trash(entityType: $entityType, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          entityType\n          id\n          title\n          version\n          deletedAt\n          deletedBy {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.TrashDocument,
  '\n  mutation RestoreFromTrash($entityType: ContentType!, $id: ID!) {\n    restoreFromTrash(entityType: $entityType, id: $id) {\n      id\n      entityId\n      version\n    }\n  }\n':
    types.RestoreFromTrashDocument,
  '\n  mutation Purge($entityType: ContentType!, $id: ID!) {\n    purge(entityType: $entityType, id: $id) {\n      entityType\n      id\n    }\n  }\n':
    types.PurgeDocument,
  '\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    active\n    lastSignInAt\n    version\n    programmes {\n      id\n      name\n    }\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n': types.UsersDocument,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n':
    types.ResetUserPasswordDocument,
  '\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    updateUser(input: { id: $id, version: $version, active: $active }) {\n      ...UserFields\n    }\n  }\n':
    types.SetUserActiveDocument,
  '\n  mutation UpdateUserAccess($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.UpdateUserAccessDocument,
  '\n  query ProgrammeChoices($locale: Locale) {\n    volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ProgrammeChoicesDocument,
  '\n  fragment VolunteerAssignmentRow on VolunteerAssignment {\n    id\n    version\n    role\n    startsOn\n    endsOn\n    hoursLogged\n    programme {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n':
    types.VolunteerAssignmentRowFragmentDoc,
  '\n  fragment VolunteerDetail on Volunteer {\n    id\n    version\n    name\n    skills\n    availability\n    consentGivenAt\n    vettingStatus\n    updatedAt\n    contact {\n      email\n      phone\n    }\n    municipality {\n      code\n      nameBg\n      nameEn\n    }\n    assignments {\n      ...VolunteerAssignmentRow\n    }\n  }\n':
    types.VolunteerDetailFragmentDoc,
  '\n  query Volunteers($filter: VolunteerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    volunteers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerDetail\n        }\n      }\n    }\n  }\n':
    types.VolunteersDocument,
  '\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n':
    types.VolunteerDocument,
  '\n  query ExportVolunteerData($id: ID!) {\n    exportVolunteerData(id: $id)\n  }\n':
    types.ExportVolunteerDataDocument,
  '\n  mutation CreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n':
    types.CreateVolunteerDocument,
  '\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n':
    types.UpdateVolunteerDocument,
  '\n  mutation DeleteVolunteer($id: ID!, $version: Int) {\n    deleteVolunteer(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.DeleteVolunteerDocument,
  '\n  mutation EraseVolunteer($id: ID!) {\n    eraseVolunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n':
    types.EraseVolunteerDocument,
  '\n  mutation CreateVolunteerAssignment($input: CreateVolunteerAssignmentInput!) {\n    createVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n':
    types.CreateVolunteerAssignmentDocument,
  '\n  mutation UpdateVolunteerAssignment($input: UpdateVolunteerAssignmentInput!) {\n    updateVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n':
    types.UpdateVolunteerAssignmentDocument,
  '\n  mutation DeleteVolunteerAssignment($id: ID!, $version: Int) {\n    deleteVolunteerAssignment(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.DeleteVolunteerAssignmentDocument,
  '\n  fragment SavedViewFields on SavedView {\n    id\n    version\n    name\n    query\n    shared\n    mine\n    ownerName\n  }\n':
    types.SavedViewFieldsFragmentDoc,
  '\n  query SavedViews($list: String!) {\n    savedViews(list: $list, first: 100) {\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n':
    types.SavedViewsDocument,
  '\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n':
    types.CreateSavedViewDocument,
  '\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n':
    types.UpdateSavedViewDocument,
  '\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n':
    types.DeleteSavedViewDocument,
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
export function graphql(
  source: '\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      language\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      revokedAt\n      userAgent\n    }\n  }\n',
): (typeof documents)['\n  query MyAccount {\n    me {\n      id\n      name\n      email\n      language\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      revokedAt\n      userAgent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyLanguage($language: Locale!) {\n    updateMyAccount(input: { language: $language }) {\n      id\n      language\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyLanguage($language: Locale!) {\n    updateMyAccount(input: { language: $language }) {\n      id\n      language\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation EndSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...SessionUser\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...SessionUser\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttachmentFields on Attachment {\n    id\n    title\n    fileName\n    mediaType\n    size\n    textLength\n    position\n    url\n    version\n  }\n',
): (typeof documents)['\n  fragment AttachmentFields on Attachment {\n    id\n    title\n    fileName\n    mediaType\n    size\n    textLength\n    position\n    url\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PracticeAttachments($id: ID!) {\n    practice(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PracticeAttachments($id: ID!) {\n    practice(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectAttachments($id: ID!) {\n    project(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectAttachments($id: ID!) {\n    project(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAttachment($input: UpdateAttachmentInput!) {\n    updateAttachment(input: $input) {\n      ...AttachmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAttachment($input: UpdateAttachmentInput!) {\n    updateAttachment(input: $input) {\n      ...AttachmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAttachment($id: ID!, $version: Int) {\n    deleteAttachment(id: $id, version: $version) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteAttachment($id: ID!, $version: Int) {\n    deleteAttachment(id: $id, version: $version) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          details\n          actor {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          details\n          actor {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditChoices {\n    auditLogChoices {\n      entityTypes\n      actions\n    }\n    users {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query AuditChoices {\n    auditLogChoices {\n      entityTypes\n      actions\n    }\n    users {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n  }\n',
): (typeof documents)['\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ListFacets on Facets {\n    statuses {\n      value\n      label\n      count\n    }\n    districts {\n      value\n      label\n      count\n    }\n    municipalities {\n      value\n      label\n      count\n    }\n    themes {\n      value\n      label\n      count\n    }\n    targetGroups {\n      value\n      label\n      count\n    }\n    serviceTypes {\n      value\n      label\n      count\n    }\n    organizationKinds {\n      value\n      label\n      count\n    }\n    years {\n      value\n      label\n      count\n    }\n    funders {\n      value\n      label\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment ListFacets on Facets {\n    statuses {\n      value\n      label\n      count\n    }\n    districts {\n      value\n      label\n      count\n    }\n    municipalities {\n      value\n      label\n      count\n    }\n    themes {\n      value\n      label\n      count\n    }\n    targetGroups {\n      value\n      label\n      count\n    }\n    serviceTypes {\n      value\n      label\n      count\n    }\n    organizationKinds {\n      value\n      label\n      count\n    }\n    years {\n      value\n      label\n      count\n    }\n    funders {\n      value\n      label\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardStatusCounts {\n    practicesDraft: practices(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    practicesInReview: practices(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    practicesPublished: practices(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    practicesArchived: practices(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n    projectsDraft: projects(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    projectsInReview: projects(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    projectsPublished: projects(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    projectsArchived: projects(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query DashboardStatusCounts {\n    practicesDraft: practices(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    practicesInReview: practices(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    practicesPublished: practices(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    practicesArchived: practices(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n    projectsDraft: projects(first: 1, filter: { statuses: [DRAFT] }) {\n      totalCount\n    }\n    projectsInReview: projects(first: 1, filter: { statuses: [IN_REVIEW] }) {\n      totalCount\n    }\n    projectsPublished: projects(first: 1, filter: { statuses: [PUBLISHED] }) {\n      totalCount\n    }\n    projectsArchived: projects(first: 1, filter: { statuses: [ARCHIVED] }) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardModeration {\n    moderationQueue {\n      nominationCounts {\n        pending\n        approved\n        rejected\n        spam\n      }\n      proposalCounts {\n        inReview\n        draft\n        published\n        archived\n        rejected\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardModeration {\n    moderationQueue {\n      nominationCounts {\n        pending\n        approved\n        rejected\n        spam\n      }\n      proposalCounts {\n        inReview\n        draft\n        published\n        archived\n        rejected\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardAudit {\n    auditLog(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actor {\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardAudit {\n    auditLog(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actor {\n            kind\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardStatistics($locale: Locale) {\n    statistics(locale: $locale) {\n      practiceCount\n      projectCount\n      peopleServed {\n        total\n        indicatorCount\n        excludedIndicatorCount\n        byTargetGroup {\n          targetGroup {\n            slug\n            label\n          }\n          people\n          indicatorCount\n        }\n      }\n      projectsByFunder {\n        funder {\n          slug\n          name\n        }\n        count\n        budgetedCount\n        budget {\n          eur\n        }\n      }\n      practicesByDistrict {\n        district {\n          code\n          name\n        }\n        count\n      }\n      practicesByYear {\n        year\n        count\n      }\n      practicesByTheme {\n        theme {\n          slug\n          label\n        }\n        count\n      }\n      adoptionsByDistrict {\n        district {\n          code\n          name\n        }\n        count\n        practiceCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardStatistics($locale: Locale) {\n    statistics(locale: $locale) {\n      practiceCount\n      projectCount\n      peopleServed {\n        total\n        indicatorCount\n        excludedIndicatorCount\n        byTargetGroup {\n          targetGroup {\n            slug\n            label\n          }\n          people\n          indicatorCount\n        }\n      }\n      projectsByFunder {\n        funder {\n          slug\n          name\n        }\n        count\n        budgetedCount\n        budget {\n          eur\n        }\n      }\n      practicesByDistrict {\n        district {\n          code\n          name\n        }\n        count\n      }\n      practicesByYear {\n        year\n        count\n      }\n      practicesByTheme {\n        theme {\n          slug\n          label\n        }\n        count\n      }\n      adoptionsByDistrict {\n        district {\n          code\n          name\n        }\n        count\n        practiceCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardMyProgrammes {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        volunteerCount\n        hoursLogged\n        localization {\n          requested\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardMyProgrammes {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        volunteerCount\n        hoursLogged\n        localization {\n          requested\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RevisionFields on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    changedFields\n    createdAt\n    author {\n      kind\n      userId\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RevisionFields on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    changedFields\n    createdAt\n    author {\n      kind\n      userId\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Revisions($entityType: ContentType!, $id: ID!, $first: Int, $after: String) {\n    revisions(entityType: $entityType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RevisionFields\n          snapshot\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Revisions($entityType: ContentType!, $id: ID!, $first: Int, $after: String) {\n    revisions(entityType: $entityType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RevisionFields\n          snapshot\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      entityType\n      entityId\n      from {\n        ...RevisionFields\n      }\n      to {\n        ...RevisionFields\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RevisionDiff($fromId: ID!, $toId: ID!) {\n    revisionDiff(fromId: $fromId, toId: $toId) {\n      entityType\n      entityId\n      from {\n        ...RevisionFields\n      }\n      to {\n        ...RevisionFields\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreRevision($id: ID!, $version: Int) {\n    restoreRevision(id: $id, version: $version) {\n      ...RevisionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreRevision($id: ID!, $version: Int) {\n    restoreRevision(id: $id, version: $version) {\n      ...RevisionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportJobFields on ImportJob {\n    id\n    version\n    kind\n    status\n    publish\n    files\n    processed\n    total\n    error\n    createdAt\n    finishedAt\n    counts {\n      create\n      update\n      unchanged\n      conflict\n      refused\n    }\n  }\n',
): (typeof documents)['\n  fragment ImportJobFields on ImportJob {\n    id\n    version\n    kind\n    status\n    publish\n    files\n    processed\n    total\n    error\n    createdAt\n    finishedAt\n    counts {\n      create\n      update\n      unchanged\n      conflict\n      refused\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      refusedFiles {\n        origin\n        problems {\n          reason\n          message\n          args\n          severity\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      refusedFiles {\n        origin\n        problems {\n          reason\n          message\n          args\n          severity\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportItems(\n    $id: ID!\n    $outcomes: [ImportOutcome!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    importJob(id: $id) {\n      id\n      items(outcomes: $outcomes, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            recordType\n            origin\n            outcome\n            fields\n            keptFields\n            recordId\n            problems {\n              reason\n              message\n              args\n              severity\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportItems(\n    $id: ID!\n    $outcomes: [ImportOutcome!]\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    importJob(id: $id) {\n      id\n      items(outcomes: $outcomes, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            recordType\n            origin\n            outcome\n            fields\n            keptFields\n            recordId\n            problems {\n              reason\n              message\n              args\n              severity\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportJobs($first: Int) {\n    importJobs(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportJobs($first: Int) {\n    importJobs(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ImportJobFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyImport($input: ApplyImportInput!) {\n    applyImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyImport($input: ApplyImportInput!) {\n    applyImport(input: $input) {\n      ...ImportJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorEdit on Indicator {\n    label\n    value\n    unit\n    period\n    targetGroup {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment IndicatorEdit on Indicator {\n    label\n    value\n    unit\n    period\n    targetGroup {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QueueCounts on ModerationQueue {\n    nominationCounts {\n      pending\n      approved\n      rejected\n      spam\n    }\n    proposalCounts {\n      inReview\n      draft\n      published\n      archived\n      rejected\n    }\n  }\n',
): (typeof documents)['\n  fragment QueueCounts on ModerationQueue {\n    nominationCounts {\n      pending\n      approved\n      rejected\n      spam\n    }\n    proposalCounts {\n      inReview\n      draft\n      published\n      archived\n      rejected\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationNominations(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      nominations(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            createdAt\n            status\n            duplicate\n            nominatorName\n            nominatorOrganization\n            nominatorEmail\n            reason\n            decidedAt\n            moderationNote\n            practice {\n              id\n              title\n              slug\n              localization {\n                requested\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationNominations(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      nominations(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            createdAt\n            status\n            duplicate\n            nominatorName\n            nominatorOrganization\n            nominatorEmail\n            reason\n            decidedAt\n            moderationNote\n            practice {\n              id\n              title\n              slug\n              localization {\n                requested\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationProposals(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      proposals(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            slug\n            status\n            summary\n            innovator\n            localization {\n              requested\n            }\n            municipalities {\n              code\n              nameBg\n              nameEn\n            }\n            proposal {\n              name\n              email\n              organization\n              submittedAt\n              reviewNote\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationProposals(\n    $filter: ModerationQueueFilter\n    $locale: Locale\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    moderationQueue(filter: $filter, locale: $locale) {\n      ...QueueCounts\n      proposals(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            slug\n            status\n            summary\n            innovator\n            localization {\n              requested\n            }\n            municipalities {\n              code\n              nameBg\n              nameEn\n            }\n            proposal {\n              name\n              email\n              organization\n              submittedAt\n              reviewNote\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationPracticeOptions($search: String, $locale: Locale) {\n    practices(filter: { search: $search }, first: 20, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationPracticeOptions($search: String, $locale: Locale) {\n    practices(filter: { search: $search }, first: 20, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationPracticeLabel($id: ID!, $locale: Locale) {\n    practice(id: $id, locale: $locale) {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationPracticeLabel($id: ID!, $locale: Locale) {\n    practice(id: $id, locale: $locale) {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerateNominations(\n    $ids: [ID!]!\n    $decision: ModerationDecision!\n    $note: String\n    $blockSender: Boolean!\n  ) {\n    moderateNominations(ids: $ids, decision: $decision, note: $note, blockSender: $blockSender) {\n      changed\n      blockedSenders\n      nominations {\n        id\n        status\n        decidedAt\n        moderationNote\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ModerateNominations(\n    $ids: [ID!]!\n    $decision: ModerationDecision!\n    $note: String\n    $blockSender: Boolean!\n  ) {\n    moderateNominations(ids: $ids, decision: $decision, note: $note, blockSender: $blockSender) {\n      changed\n      blockedSenders\n      nominations {\n        id\n        status\n        decidedAt\n        moderationNote\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewProposal($id: ID!, $decision: ProposalDecision!, $note: String, $blockSender: Boolean!) {\n    reviewProposal(id: $id, decision: $decision, note: $note, blockSender: $blockSender) {\n      id\n      status\n      localization {\n        requested\n      }\n      proposal {\n        reviewNote\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewProposal($id: ID!, $decision: ProposalDecision!, $note: String, $blockSender: Boolean!) {\n    reviewProposal(id: $id, decision: $decision, note: $note, blockSender: $blockSender) {\n      id\n      status\n      localization {\n        requested\n      }\n      proposal {\n        reviewNote\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnblockSender($email: String!) {\n    unblockSender(email: $email)\n  }\n',
): (typeof documents)['\n  mutation UnblockSender($email: String!) {\n    unblockSender(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkOptions($search: String, $first: Int!, $locale: Locale) {\n    partnerNetworks(filter: { search: $search }, first: $first, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkOptions($search: String, $first: Int!, $locale: Locale) {\n    partnerNetworks(filter: { search: $search }, first: $first, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerNetworks(\n    $filter: PartnerNetworkFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    partnerNetworks(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          scope\n          updatedAt\n          localization {\n            requested\n          }\n          coordinator {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          memberships {\n            id\n            joinedOn\n            leftOn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartnerNetworks(\n    $filter: PartnerNetworkFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    partnerNetworks(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          scope\n          updatedAt\n          localization {\n            requested\n          }\n          coordinator {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          memberships {\n            id\n            joinedOn\n            leftOn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PartnerNetworkEdit on PartnerNetwork {\n    id\n    version\n    slug\n    name\n    description\n    scope\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    coordinator {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    memberships {\n      id\n      role\n      joinedOn\n      leftOn\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PartnerNetworkEdit on PartnerNetwork {\n    id\n    version\n    slug\n    name\n    description\n    scope\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    coordinator {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    memberships {\n      id\n      role\n      joinedOn\n      leftOn\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerNetworkForEdit($id: ID!, $locale: Locale!) {\n    partnerNetwork(id: $id, locale: $locale) {\n      ...PartnerNetworkEdit\n    }\n  }\n',
): (typeof documents)['\n  query PartnerNetworkForEdit($id: ID!, $locale: Locale!) {\n    partnerNetwork(id: $id, locale: $locale) {\n      ...PartnerNetworkEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePartnerNetwork($input: CreatePartnerNetworkInput!) {\n    createPartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePartnerNetwork($input: CreatePartnerNetworkInput!) {\n    createPartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePartnerNetwork($input: UpdatePartnerNetworkInput!) {\n    updatePartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePartnerNetwork($input: UpdatePartnerNetworkInput!) {\n    updatePartnerNetwork(input: $input) {\n      ...PartnerNetworkEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeletePartnerNetwork($id: ID!, $version: Int) {\n    deletePartnerNetwork(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DeletePartnerNetwork($id: ID!, $version: Int) {\n    deletePartnerNetwork(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organizations(\n    $filter: OrganizationFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: OrganizationOrderBy\n    $locale: Locale\n  ) {\n    organizations(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          updatedAt\n          localization {\n            requested\n          }\n          contact {\n            email\n            website\n          }\n          municipality {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Organizations(\n    $filter: OrganizationFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: OrganizationOrderBy\n    $locale: Locale\n  ) {\n    organizations(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          updatedAt\n          localization {\n            requested\n          }\n          contact {\n            email\n            website\n          }\n          municipality {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationPicker($filter: OrganizationFilter, $first: Int, $locale: Locale) {\n    organizations(filter: $filter, first: $first, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationPicker($filter: OrganizationFilter, $first: Int, $locale: Locale) {\n    organizations(filter: $filter, first: $first, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganizationEdit on Organization {\n    id\n    version\n    name\n    slug\n    kind\n    description\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    municipality {\n      code\n    }\n  }\n',
): (typeof documents)['\n  fragment OrganizationEdit on Organization {\n    id\n    version\n    name\n    slug\n    kind\n    description\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    municipality {\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationForEdit($id: ID!, $locale: Locale!) {\n    organization(id: $id, locale: $locale) {\n      ...OrganizationEdit\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationForEdit($id: ID!, $locale: Locale!) {\n    organization(id: $id, locale: $locale) {\n      ...OrganizationEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    publishAt\n    updatedAt\n    innovator\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    adoptions {\n      year\n      note\n      municipality {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    publishAt\n    updatedAt\n    innovator\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    contact {\n      person\n      address\n      phone\n      email\n      website\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    adoptions {\n      year\n      note\n      municipality {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n',
): (typeof documents)['\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerProgrammes(\n    $filter: VolunteerProgrammeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    volunteerProgrammes(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          status\n          volunteerCount\n          hoursLogged\n          localization {\n            requested\n          }\n          organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VolunteerProgrammes(\n    $filter: VolunteerProgrammeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $locale: Locale\n  ) {\n    volunteerProgrammes(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          status\n          volunteerCount\n          hoursLogged\n          localization {\n            requested\n          }\n          organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VolunteerProgrammeEdit on VolunteerProgramme {\n    id\n    version\n    status\n    slug\n    name\n    description\n    publishedAt\n    updatedAt\n    volunteerCount\n    hoursLogged\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    project {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n    municipalities {\n      code\n    }\n  }\n',
): (typeof documents)['\n  fragment VolunteerProgrammeEdit on VolunteerProgramme {\n    id\n    version\n    status\n    slug\n    name\n    description\n    publishedAt\n    updatedAt\n    volunteerCount\n    hoursLogged\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    project {\n      id\n      title\n      localization {\n        requested\n      }\n    }\n    municipalities {\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerProgrammeForEdit($id: ID!, $locale: Locale!) {\n    volunteerProgramme(id: $id, locale: $locale) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n',
): (typeof documents)['\n  query VolunteerProgrammeForEdit($id: ID!, $locale: Locale!) {\n    volunteerProgramme(id: $id, locale: $locale) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateVolunteerProgramme($input: CreateVolunteerProgrammeInput!) {\n    createVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateVolunteerProgramme($input: CreateVolunteerProgrammeInput!) {\n    createVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVolunteerProgramme($input: UpdateVolunteerProgrammeInput!) {\n    updateVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVolunteerProgramme($input: UpdateVolunteerProgrammeInput!) {\n    updateVolunteerProgramme(input: $input) {\n      ...VolunteerProgrammeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteVolunteerProgramme($id: ID!, $version: Int) {\n    deleteVolunteerProgramme(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteVolunteerProgramme($id: ID!, $version: Int) {\n    deleteVolunteerProgramme(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProgrammes($locale: Locale) {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        localization {\n          requested\n        }\n      }\n    }\n    programmeOptions: volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyProgrammes($locale: Locale) {\n    me {\n      id\n      programmes {\n        id\n        name\n        status\n        localization {\n          requested\n        }\n      }\n    }\n    programmeOptions: volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectOptions($search: String, $locale: Locale) {\n    projects(\n      first: 20\n      filter: { search: $search }\n      locale: $locale\n      orderBy: { field: TITLE, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          title\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectOptions($search: String, $locale: Locale) {\n    projects(\n      first: 20\n      filter: { search: $search }\n      locale: $locale\n      orderBy: { field: TITLE, direction: ASC }\n    ) {\n      edges {\n        node {\n          id\n          title\n          status\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Projects(\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: ProjectOrderBy\n    $locale: Locale\n  ) {\n    projects(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          updatedAt\n          localization {\n            requested\n          }\n          period {\n            from\n            to\n            precision\n          }\n          budget {\n            amount\n            currency\n            amountEur\n          }\n          leadOrganization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Projects(\n    $filter: ProjectFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: ProjectOrderBy\n    $locale: Locale\n  ) {\n    projects(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      facets {\n        ...ListFacets\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          updatedAt\n          localization {\n            requested\n          }\n          period {\n            from\n            to\n            precision\n          }\n          budget {\n            amount\n            currency\n            amountEur\n          }\n          leadOrganization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectEdit on Project {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    generalGoal\n    specificObjectives\n    programmes {\n      name\n      description\n    }\n    activities {\n      name\n      description\n    }\n    expectedResults\n    fundingProgramme\n    referenceNumber\n    publishedAt\n    publishAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    budget {\n      amount\n      currency\n    }\n    grant {\n      amount\n      currency\n    }\n    implementationStatus\n    contractDate\n    funder {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    leadOrganization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    partners {\n      id\n      role\n      position\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    documents {\n      title\n      url\n    }\n  }\n',
): (typeof documents)['\n  fragment ProjectEdit on Project {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    generalGoal\n    specificObjectives\n    programmes {\n      name\n      description\n    }\n    activities {\n      name\n      description\n    }\n    expectedResults\n    fundingProgramme\n    referenceNumber\n    publishedAt\n    publishAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    budget {\n      amount\n      currency\n    }\n    grant {\n      amount\n      currency\n    }\n    implementationStatus\n    contractDate\n    funder {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    leadOrganization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    partners {\n      id\n      role\n      position\n      organization {\n        id\n        name\n        localization {\n          requested\n        }\n      }\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    targetGroups {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    serviceTypes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).\n    indicators {\n      ...IndicatorEdit\n    }\n    documents {\n      title\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectForEdit($id: ID!, $locale: Locale!) {\n    project(id: $id, locale: $locale) {\n      ...ProjectEdit\n    }\n  }\n',
): (typeof documents)['\n  query ProjectForEdit($id: ID!, $locale: Locale!) {\n    project(id: $id, locale: $locale) {\n      ...ProjectEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GlobalSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          __typename\n          ... on Practice {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Project {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          ... on PartnerNetwork {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GlobalSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          __typename\n          ... on Practice {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Project {\n            id\n            title\n            status\n            localization {\n              requested\n            }\n          }\n          ... on Organization {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n          ... on PartnerNetwork {\n            id\n            name\n            localization {\n              requested\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TargetGroupOptions($locale: Locale) {\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TargetGroupOptions($locale: Locale) {\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServiceTypeOptions($locale: Locale) {\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ServiceTypeOptions($locale: Locale) {\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaxonomyTerms($locale: Locale!, $withUsage: Boolean!) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TaxonomyTerms($locale: Locale!, $withUsage: Boolean!) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    targetGroups(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n    serviceTypes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          version\n          position\n          label\n          localization {\n            requested\n            served\n          }\n          usage @include(if: $withUsage) {\n            practices\n            projects\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteTheme($id: ID!, $version: Int) {\n    deleteTheme(id: $id, version: $version) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteTheme($id: ID!, $version: Int) {\n    deleteTheme(id: $id, version: $version) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderThemes($ids: [ID!]!) {\n    reorderThemes(ids: $ids) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderThemes($ids: [ID!]!) {\n    reorderThemes(ids: $ids) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeThemes($input: MergeTermsInput!) {\n    mergeThemes(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeThemes($input: MergeTermsInput!) {\n    mergeThemes(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTargetGroup($input: CreateTargetGroupInput!) {\n    createTargetGroup(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTargetGroup($input: CreateTargetGroupInput!) {\n    createTargetGroup(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTargetGroup($input: UpdateTargetGroupInput!) {\n    updateTargetGroup(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTargetGroup($input: UpdateTargetGroupInput!) {\n    updateTargetGroup(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteTargetGroup($id: ID!, $version: Int) {\n    deleteTargetGroup(id: $id, version: $version) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteTargetGroup($id: ID!, $version: Int) {\n    deleteTargetGroup(id: $id, version: $version) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderTargetGroups($ids: [ID!]!) {\n    reorderTargetGroups(ids: $ids) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderTargetGroups($ids: [ID!]!) {\n    reorderTargetGroups(ids: $ids) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeTargetGroups($input: MergeTermsInput!) {\n    mergeTargetGroups(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeTargetGroups($input: MergeTermsInput!) {\n    mergeTargetGroups(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateServiceType($input: CreateServiceTypeInput!) {\n    createServiceType(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateServiceType($input: UpdateServiceTypeInput!) {\n    updateServiceType(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateServiceType($input: UpdateServiceTypeInput!) {\n    updateServiceType(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteServiceType($id: ID!, $version: Int) {\n    deleteServiceType(id: $id, version: $version) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteServiceType($id: ID!, $version: Int) {\n    deleteServiceType(id: $id, version: $version) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderServiceTypes($ids: [ID!]!) {\n    reorderServiceTypes(ids: $ids) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderServiceTypes($ids: [ID!]!) {\n    reorderServiceTypes(ids: $ids) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeServiceTypes($input: MergeTermsInput!) {\n    mergeServiceTypes(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeServiceTypes($input: MergeTermsInput!) {\n    mergeServiceTypes(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    allowedOrigins\n    scope\n    quotaPerMinute\n    quotaPerDay\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    network {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    allowedOrigins\n    scope\n    quotaPerMinute\n    quotaPerDay\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    organization {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n    network {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n',
): (typeof documents)['\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Trash($entityType: ContentType!, $first: Int, $after: String, $last: Int, $before: String) {\n    trash(entityType: $entityType, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          entityType\n          id\n          title\n          version\n          deletedAt\n          deletedBy {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Trash($entityType: ContentType!, $first: Int, $after: String, $last: Int, $before: String) {\n    trash(entityType: $entityType, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          entityType\n          id\n          title\n          version\n          deletedAt\n          deletedBy {\n            kind\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreFromTrash($entityType: ContentType!, $id: ID!) {\n    restoreFromTrash(entityType: $entityType, id: $id) {\n      id\n      entityId\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreFromTrash($entityType: ContentType!, $id: ID!) {\n    restoreFromTrash(entityType: $entityType, id: $id) {\n      id\n      entityId\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Purge($entityType: ContentType!, $id: ID!) {\n    purge(entityType: $entityType, id: $id) {\n      entityType\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation Purge($entityType: ContentType!, $id: ID!) {\n    purge(entityType: $entityType, id: $id) {\n      entityType\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    active\n    lastSignInAt\n    version\n    programmes {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    active\n    lastSignInAt\n    version\n    programmes {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      link\n      emailed\n      user {\n        ...UserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    updateUser(input: { id: $id, version: $version, active: $active }) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    updateUser(input: { id: $id, version: $version, active: $active }) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUserAccess($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUserAccess($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeChoices($locale: Locale) {\n    volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeChoices($locale: Locale) {\n    volunteerProgrammes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VolunteerAssignmentRow on VolunteerAssignment {\n    id\n    version\n    role\n    startsOn\n    endsOn\n    hoursLogged\n    programme {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment VolunteerAssignmentRow on VolunteerAssignment {\n    id\n    version\n    role\n    startsOn\n    endsOn\n    hoursLogged\n    programme {\n      id\n      name\n      localization {\n        requested\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VolunteerDetail on Volunteer {\n    id\n    version\n    name\n    skills\n    availability\n    consentGivenAt\n    vettingStatus\n    updatedAt\n    contact {\n      email\n      phone\n    }\n    municipality {\n      code\n      nameBg\n      nameEn\n    }\n    assignments {\n      ...VolunteerAssignmentRow\n    }\n  }\n',
): (typeof documents)['\n  fragment VolunteerDetail on Volunteer {\n    id\n    version\n    name\n    skills\n    availability\n    consentGivenAt\n    vettingStatus\n    updatedAt\n    contact {\n      email\n      phone\n    }\n    municipality {\n      code\n      nameBg\n      nameEn\n    }\n    assignments {\n      ...VolunteerAssignmentRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Volunteers($filter: VolunteerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    volunteers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerDetail\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Volunteers($filter: VolunteerFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    volunteers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerDetail\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n',
): (typeof documents)['\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportVolunteerData($id: ID!) {\n    exportVolunteerData(id: $id)\n  }\n',
): (typeof documents)['\n  query ExportVolunteerData($id: ID!) {\n    exportVolunteerData(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteVolunteer($id: ID!, $version: Int) {\n    deleteVolunteer(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteVolunteer($id: ID!, $version: Int) {\n    deleteVolunteer(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EraseVolunteer($id: ID!) {\n    eraseVolunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation EraseVolunteer($id: ID!) {\n    eraseVolunteer(id: $id) {\n      ...VolunteerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateVolunteerAssignment($input: CreateVolunteerAssignmentInput!) {\n    createVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateVolunteerAssignment($input: CreateVolunteerAssignmentInput!) {\n    createVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVolunteerAssignment($input: UpdateVolunteerAssignmentInput!) {\n    updateVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVolunteerAssignment($input: UpdateVolunteerAssignmentInput!) {\n    updateVolunteerAssignment(input: $input) {\n      ...VolunteerAssignmentRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteVolunteerAssignment($id: ID!, $version: Int) {\n    deleteVolunteerAssignment(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteVolunteerAssignment($id: ID!, $version: Int) {\n    deleteVolunteerAssignment(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SavedViewFields on SavedView {\n    id\n    version\n    name\n    query\n    shared\n    mine\n    ownerName\n  }\n',
): (typeof documents)['\n  fragment SavedViewFields on SavedView {\n    id\n    version\n    name\n    query\n    shared\n    mine\n    ownerName\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SavedViews($list: String!) {\n    savedViews(list: $list, first: 100) {\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SavedViews($list: String!) {\n    savedViews(list: $list, first: 100) {\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
