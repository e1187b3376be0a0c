/**
 * Geography's public surface: municipality and district pickers and their options. Other features
 * import only this file.
 */
export { MunicipalitySelect } from './MunicipalitySelect';
export { SeatMunicipalitySelect } from './SeatMunicipalitySelect';
export { useDistrictOptions } from './useDistricts';
export { useMunicipalities } from './useMunicipalities';
