namespace Portal.Domain.People;

public enum Gender { Male, Female, Other }
