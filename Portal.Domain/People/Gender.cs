using Portal.Domain.Text;

namespace Portal.Domain.People;

public enum Gender { Male, Female, Other }
