namespace Portal.Domain.Directives;

public enum SigningAuthority { None, TM, KT, TL, TUQ, Q }
