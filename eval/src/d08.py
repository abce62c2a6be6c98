from lib import *
T = """The Home Office has today (Thursday 13 December) announced
the largest increase in police funding since 2010.
The provisional police funding settlement of up to £14
billion for 2019-20 is up to £970 million more than the
previous year. It will enable the police to meet financial
pressures and respond effectively to the changing and
increasingly complex crimes they face.
Police and Crime Commissioners (PCCs) will receive:
-
£7.8 billion in general Government grants, which is
£161 million more than the previous year.
-
more money to spend locally. The council tax referendum
threshold will be £24 for a Band D property. If PCCs
ask households to contribute an extra £2 a month, this
would generate around £510 million in additional
funding.
The settlement demonstrates the Home Office’s commitment to
fighting serious and organised crime, including economic
crime and drug trafficking, with a £90 million investment
in national, regional and local capabilities.
Home Secretary said:
Since becoming Home Secretary I have been clear I would
prioritise police funding, and today I have delivered on
that promise.
This is a significant funding settlement that provides
the most substantial police funding increase since 2010,
with more money for local police forces, counter
terrorism and tackling serious and organised crime.
It will enable the police to recruit more officers and be
better placed to respond to the increasingly complex
crimes they face.
As announced by the Chancellor in the Budget, funding for
counter-terrorism policing will increase by £59 million in
2019/20 to £816 million, which is £160 million more than we
planned at the last Spending Review, maintaining the
commitment to provide the resources needed to keep the
public safe."""
T += """
There is also £153 million specifically to help policing
meet increased pensions costs next year – estimated at
around £330 million."""
doc("ho-provisional-police-funding-settlement-2019-20",
 "https://www.parliamenttoday.com/free/viewnews.html?id=106474 (copy of a Home Office press release, gov.uk, 2018-12-13; the copy has no title line and drops the names after 'Home Secretary' and 'Minister for Policing and the Fire Service,'; the copy's hard line wraps kept; stops before the Policing Minister's quote)",
 T,
 [("Organisation","Home Office"),
  ("Person","Home Secretary"),
  ("Person","Chancellor"),
  ("Organisation","Police and Crime Commissioners","PCCs"),
  ("Policy","provisional police funding settlement","The provisional police funding settlement","The settlement","significant funding settlement"),
  ("Policy","council tax referendum threshold"),
  ("Policy","£90 million investment in national, regional and local capabilities"),
  ("Policy","Budget"),
  ("Policy","funding for counter-terrorism policing"),
  ("Policy","Spending Review")],
 said=[("Home Secretary","Since becoming Home Secretary I have been clear I would",True),
       ("Chancellor","funding for counter-terrorism policing will increase by £59 million",False)],
 ann=[("Home Office","provisional police funding settlement"),
      ("Home Office","£90 million investment in national, regional and local capabilities"),
      ("Chancellor","funding for counter-terrorism policing")],
 stats=[("up to £14\nbillion",14000000000,"GBP","provisional police funding settlement","2019-20",None,None),
        ("up to £970 million more",970000000,"GBP","increase in police funding on the previous year","2019-20",None,None),
        ("£7.8 billion",7800000000,"GBP","general Government grants to Police and Crime Commissioners","2019-20",None,None),
        ("£161 million more",161000000,"GBP","increase in general Government grants to PCCs on the previous year","2019-20",None,None),
        ("£24",24,"GBP","council tax referendum threshold for a Band D property","2019-20",None,None),
        ("an extra £2 a month",2,"GBP","monthly extra household contribution PCCs may ask for","2019-20",None,None),
        ("around £510 million",510000000,"GBP","additional local funding an extra £2 a month would generate","2019-20",None,None),
        ("£90 million investment",90000000,"GBP","investment in national, regional and local capabilities against serious and organised crime","2019-20",None,None),
        ("£59 million",59000000,"GBP","increase in funding for counter-terrorism policing","2019/20",None,"Chancellor"),
        ("£816 million",816000000,"GBP","funding for counter-terrorism policing","2019/20",None,"Chancellor"),
        ("£160 million more",160000000,"GBP","counter-terrorism policing funding above what was planned at the last Spending Review","2019/20",None,"Chancellor"),
        ("£153 million",153000000,"GBP","funding to help policing meet increased pensions costs","next year",None,None),
        ("around £330 million",330000000,"GBP","estimated increase in police pensions costs","next year",None,None)])
