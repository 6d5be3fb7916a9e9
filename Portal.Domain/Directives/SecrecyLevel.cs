namespace Portal.Domain.Directives;

public enum SecrecyLevel { None, Mat, ToiMat, TuyetMat }
