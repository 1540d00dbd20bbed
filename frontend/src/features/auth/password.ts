/** The shortest password the API accepts (accounts' rule); said as a hint beside each field. */
export const MIN_PASSWORD_LENGTH = 10;
