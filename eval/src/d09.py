from lib import *
T = """Justice and Safety

Justice Secretary comments on homicide figures

October 29, 2019 by No Comments | Category Ministerial comment, Statistics

Justice Secretary Humza Yousaf has responded to the publication of the latest official figures showing there were 60 cases of homicide in 2018-19 – the third lowest level since 1976.

Mr Yousaf said:

“While the number of homicides in Scotland is significantly lower than a decade ago – in line with the overall fall in crime – any death is one too many. Behind these figures are grieving families and friends and my sincere sympathies go out to all those who have lost a loved one.

“We are working to ensure that victims’ interests are at the heart of our criminal justice system and we recognise the enormous trauma experienced by families bereaved by murder and culpable homicide.

“As part of more than £18 million invested annually to improve support, advice and information for all victims of crime, we have funded Victim Support Scotland to deliver a free and confidential new caseworker support service for families bereaved by crime.

“We are determined to help people break free from cycles of violence. We will continue our efforts to drive down violent crime, both through education and enforcement, supporting prevention work with people of all ages and ensuring Scotland’s law enforcement agencies and courts have the resources to deal with those who harm others.”

The Scottish Government has provided £1.2 million funding over three years to establish the Support for Families Bereaved by Crime service. It will ensure all families affected by homicide have a dedicated case worker to provide support and information at every stage of the criminal justice process."""
doc("scotgov-yousaf-homicide-figures-2019",
 "https://blogs.gov.scot/justice-safety/2019/10/29/justice-secretary-comments-on-homicide-figures-2/ (Scottish Government Justice and Safety blog, 2019-10-29; stops before the list of violence prevention investments)",
 T,
 [("Person","Humza Yousaf","Justice Secretary Humza Yousaf","Mr Yousaf"),
  ("Organisation","Scottish Government"),
  ("Organisation","Victim Support Scotland"),
  ("Policy","Support for Families Bereaved by Crime service","new caseworker support service"),
  ("Place","Scotland")],
 roles=[("Humza Yousaf","Justice Secretary","Scottish Government")],
 said=[("Humza Yousaf","While the number of homicides in Scotland is significantly lower",True)],
 ann=[("Scottish Government","Support for Families Bereaved by Crime service")],
 stats=[("60 cases of homicide",60,"count","cases of homicide recorded","2018-19","Scotland",None),
        ("more than £18 million",18000000,"GBP","invested annually to improve support, advice and information for victims of crime","annually","Scotland","Humza Yousaf"),
        ("£1.2 million funding",1200000,"GBP","funding to establish the Support for Families Bereaved by Crime service","over three years","Scotland","Scottish Government")])
