import path from 'node:path';

/* The ИСУН sample of shared/samples and an English page of the same project, for the tests. */

// shared/ sits beside the repository (as shared/seeds does for the demo content).
const REPO_ROOT = path.resolve(__dirname, '../../../../../..');
export const ISUN_SAMPLE = path.resolve(REPO_ROOT, '../shared/samples/isun-project-record-bg.txt');
export const ISUN_NUMBER = 'BG051PO001-5.2.12-0011-C0001';

/** The English page of the same project, written for this test in the register's English format. */
export const ISUN_EN_PAGE = `Summary information
Identification
Project number in UMIS: ${ISUN_NUMBER}
Project number: BG051PO001-5.2.12/D01-12
Name: "My Home" - 3 family-type placement centres for children with disabilities and a protected home
Beneficiary: MUNICIPALITY OF MONTANA
Source of funding: ESF ==> Operational Programme "Human Resources Development"
Contract date: 06 Aug, 2013
Start date: 29 Aug, 2013
End date: 01 Jan, 2015
Status: Completed
Place of implementation: BULGARIA > NORTHERN AND SOUTH-EASTERN BULGARIA > North-West > Montana > Montana
Financial information
Total cost: 499,990.86
Grant: 424,992.23
Self finance: 74,998.63
Total paid: 468,734.12
EU participation percent: 85.00
Description
Project description: [paraphrased] Three family-type placement centres and one protected home offer individual care to children and young people with disabilities.
Activities:
Project organisation and management (...)
`;
