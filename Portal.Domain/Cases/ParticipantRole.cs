namespace Portal.Domain.Cases;

public enum ParticipantRole { LeadSpecialist, CoordinatingSpecialist }
