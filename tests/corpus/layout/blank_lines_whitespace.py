def spaced():
    x = 1
    
        
    y = 2
	

    return x + y

   

class Gap:

    a = 1
      

    def m(self):

        return self.a
    


print(spaced(), Gap().m())
   
	 
