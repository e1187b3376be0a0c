import { graphql } from '../../gql';

export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id
    title
    fileName
    mediaType
    size
    textLength
    position
    url
    version
  }
`);

export const PracticeAttachmentsQuery = graphql(`
  query PracticeAttachments($id: ID!) {
    practice(id: $id) {
      id
      attachments {
        ...AttachmentFields
      }
    }
  }
`);

export const ProjectAttachmentsQuery = graphql(`
  query ProjectAttachments($id: ID!) {
    project(id: $id) {
      id
      attachments {
        ...AttachmentFields
      }
    }
  }
`);

export const UpdateAttachmentMutation = graphql(`
  mutation UpdateAttachment($input: UpdateAttachmentInput!) {
    updateAttachment(input: $input) {
      ...AttachmentFields
    }
  }
`);

export const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($id: ID!, $version: Int) {
    deleteAttachment(id: $id, version: $version) {
      id
    }
  }
`);
